package com.credittown.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread acts for. It is set in exactly three places: the request filter (from the
 * request), the Flowable job runnable (from the job's tenantId) and {@link #runAs}/{@link #callAs} for
 * start-up work such as provisioning. Everything else reads it; nothing takes a tenant as a parameter.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; fails closed when no tenant is set. */
    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new MissingTenantException();
        }
        return tenant;
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAs(TenantId tenant, Callable<T> work) {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Thrown when tenant-scoped work runs without a tenant: a programming error, never a user error. */
    public static final class MissingTenantException extends IllegalStateException {
        MissingTenantException() {
            super("No tenant is set for this thread: tenant-scoped work must run inside a tenant context");
        }
    }
}
