package com.credittown.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread acts for. It is bound only by the doors of the tenancy package: the request filter
 * (from the request), the Flowable job runnable (from the job's tenantId), {@link TenantJobs} for background work
 * and {@link CityReads} for the city office's reads across tenants ({@code ModuleDependenciesArchTest} keeps every
 * other class from calling {@link #runAs}/{@link #callAs}; tests use them to act as a tenant). Everything else reads
 * it; nothing takes a tenant as a parameter.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> CITY = new ThreadLocal<>();

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

    /**
     * Whether the thread reads for the city office across every tenant ({@link CityReads}): tenant-scoped rows of all
     * tenants are visible, read-only, and no tenant is current.
     */
    public static boolean readsForCity() {
        return Boolean.TRUE.equals(CITY.get());
    }

    /** Runs the work reading for the city: no tenant current, every tenant's rows visible (see {@link CityReads}). */
    static <T> T callAsCity(Callable<T> work) {
        TenantId previous = CURRENT.get();
        Boolean previousCity = CITY.get();
        CURRENT.remove();
        CITY.set(Boolean.TRUE);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previousCity == null) {
                CITY.remove();
            } else {
                CITY.set(previousCity);
            }
            if (previous != null) {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * Runs a request's work with this tenant bound (or none) and restores what was bound before, even if the request's
     * Vaadin navigation opened another page's tenant in between ({@link PageTenants#open}).
     */
    static <T> T callWithin(TenantId tenant, Callable<T> work) {
        if (tenant != null) {
            return callAs(tenant, work);
        }
        TenantId previous = CURRENT.get();
        CURRENT.remove();
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

    /** Binds the tenant for the rest of the current request ({@link PageTenants#open} only). */
    static void bindForRestOfRequest(TenantId tenant) {
        CITY.remove();
        CURRENT.set(tenant);
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAs(TenantId tenant, Callable<T> work) {
        TenantId previous = CURRENT.get();
        Boolean previousCity = CITY.get();
        CURRENT.set(tenant);
        CITY.remove();
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
            if (previousCity != null) {
                CITY.set(previousCity);
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
