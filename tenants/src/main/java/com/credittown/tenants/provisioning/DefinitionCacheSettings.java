package com.credittown.tenants.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.tenants.definition-cache.*}: the size of Flowable's process definition cache, from the tenant
 * count. Every tenant deploys the city's templates and internal processes under its own id, so the cache needs
 * {@code perTenant} entries for each tenant whose cases are started or moved on without parsing a definition again. A
 * definition not in the cache (least recently used out first) is read and parsed again from the database on its next
 * use: correct, only slower; every entry in it holds a parsed BPMN model on the heap.
 *
 * @param tenants   the tenants whose definitions are kept parsed (those working at once, not the catalogue's size)
 * @param perTenant definitions per tenant: 5 city templates and the city supervision process, with room for a version
 *                  being replaced while older cases still run on the one before
 */
@ConfigurationProperties("credittown.tenants.definition-cache")
record DefinitionCacheSettings(@DefaultValue("100") int tenants, @DefaultValue("10") int perTenant) {

    DefinitionCacheSettings {
        if (tenants < 1 || perTenant < 1) {
            throw new IllegalArgumentException("credittown.tenants.definition-cache.tenants and per-tenant must be "
                    + "positive, not " + tenants + " and " + perTenant);
        }
    }

    /** The cache's bound, in process definitions. */
    int limit() {
        return Math.multiplyExact(tenants, perTenant);
    }
}
