package com.credittown.platform.tenancy;

import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate which tenant a new session belongs to. Without a tenant context the session gets a
 * code that matches no row and that the {@code tenant_id} foreign key refuses on insert: it fails closed. The city
 * office's reads ({@link CityReads}) get Hibernate's root tenant: every tenant's rows, to group by tenant.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

    /** Not a well-formed tenant code, so it can never be registered. */
    static final String NO_TENANT = "_none_";
    /**
     * The city office's reads across tenants ({@link CityReads}): Hibernate's root tenant, whose sessions see every
     * tenant's rows. Not a tenant code, so nothing can be written under it (the tenant foreign key refuses it).
     */
    static final String CITY = "_city_";

    @Override
    public String resolveCurrentTenantIdentifier() {
        if (TenantContext.readsForCity()) {
            return CITY;
        }
        return TenantContext.current().map(TenantId::code).orElse(NO_TENANT);
    }

    @Override
    public boolean isRoot(String tenantId) {
        return CITY.equals(tenantId);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
