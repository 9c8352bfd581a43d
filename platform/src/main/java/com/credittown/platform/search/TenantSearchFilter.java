package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.credittown.platform.tenancy.TenantContext;

/**
 * The one place a search is bound to a tenant: every query builder passes its query through {@link #restrict},
 * which adds a term filter on the {@code tenant} field for the tenant of the current thread (and fails closed
 * without one). A feature never filters by tenant itself. (A city-office search across tenants will be an explicit,
 * separate method here.)
 */
final class TenantSearchFilter {

    static final String FIELD = "tenant";

    private TenantSearchFilter() {
    }

    /** The query, restricted to the current tenant's documents. */
    static Query restrict(Query query) {
        String tenant = TenantContext.require().code();
        return Query.of(q -> q.bool(b -> b
                .must(query)
                .filter(f -> f.term(t -> t.field(FIELD).value(tenant)))));
    }
}
