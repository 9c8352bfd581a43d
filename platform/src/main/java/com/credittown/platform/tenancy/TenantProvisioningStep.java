package com.credittown.platform.tenancy;

/**
 * One part of setting a tenant up (its Flowable deployments, its Keycloak organisation, its search set-up).
 * Features in other modules implement it; the tenant provisioner runs every step for every tenant at
 * start-up. Each step must be idempotent: running it again for a provisioned tenant changes nothing.
 */
public interface TenantProvisioningStep {

    /** A short name for logs, e.g. {@code flowable-templates}. */
    String name();

    /**
     * City-wide set-up this step needs before any tenant (e.g. the Keycloak realm); runs once per
     * provisioning run, outside any tenant context.
     *
     * @return whether anything changed
     */
    default boolean prepare() {
        return false;
    }

    /**
     * Provisions the tenant; runs inside {@link TenantContext} for that tenant.
     *
     * @return whether anything changed
     */
    boolean provision(Tenant tenant);
}
