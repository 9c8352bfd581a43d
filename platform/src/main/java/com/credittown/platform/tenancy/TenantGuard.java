package com.credittown.platform.tenancy;

/** Checks, inside engine callbacks, that the thread acts for the tenant the engine says owns the work. */
public final class TenantGuard {

    private TenantGuard() {
    }

    /**
     * Fails unless the current {@link TenantContext} is the given owner. Called by every delegate before it
     * touches application data, so a job running for the wrong tenant fails (and is retried) instead of
     * writing into the wrong tenant's rows.
     */
    public static TenantId requireActingFor(String ownerTenantId) {
        TenantId current = TenantContext.require();
        if (!current.code().equals(ownerTenantId)) {
            throw new IllegalStateException("Acting for tenant " + current + " on work owned by " + ownerTenantId);
        }
        return current;
    }
}
