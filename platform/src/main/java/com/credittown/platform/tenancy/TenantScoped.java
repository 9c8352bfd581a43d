package com.credittown.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every tenant-scoped entity. Hibernate fills {@code tenant_id} on insert and adds
 * {@code tenant_id = :current} to every query from the {@link TenantContext}: the one place the
 * application-table filter lives (PostgreSQL row-level security is the second line, see docs/adr).
 */
@MappedSuperclass
public abstract class TenantScoped {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    public String getTenantId() {
        return tenantId;
    }

    /**
     * Names the tenant of a new row written by the city across tenants ({@link CityWrites}, e.g. a key task's copy
     * for each town, in one transaction). Anywhere else Hibernate fills it from the tenant context and refuses a
     * different one.
     */
    protected void assignTenant(com.credittown.platform.tenancy.TenantId tenant) {
        if (!TenantContext.readsForCity()) {
            throw new IllegalStateException("Only the city's writes across tenants name a row's tenant");
        }
        this.tenantId = tenant.code();
    }
}
