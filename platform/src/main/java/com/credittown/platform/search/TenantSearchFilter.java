package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place a search is bound to tenants: every search passes its query through {@link #restrict}, which adds a
 * term filter on the {@code tenant} field, or (only for the city office, which reads every tenant) none. A feature
 * never filters by tenant itself.
 *
 * <ul>
 *   <li>The city office searches the tenant it names, or all tenants when it names none.</li>
 *   <li>Everyone else (and system work without a user) searches the tenant of the current thread only (a tenant
 *       user's own organisation, set by the tenant request filter); naming any other tenant is answered exactly
 *       like a tenant that does not exist. Without a current tenant it fails closed (not found).</li>
 * </ul>
 */
@Component
public class TenantSearchFilter {

    static final String FIELD = "tenant";

    private final TenantDirectory directory;

    TenantSearchFilter(TenantDirectory directory) {
        this.directory = directory;
    }

    /**
     * The query, restricted to the tenants the caller may search.
     *
     * @param tenantAsked the tenant code the caller asked for, or null for every tenant it may see
     * @throws NotFoundException if the caller may not search the tenant asked for, or it does not exist
     */
    Query restrict(Query query, String tenantAsked) {
        boolean cityOffice = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
        if (cityOffice && tenantAsked == null) {
            return query;
        }
        String tenant;
        if (cityOffice) {
            tenant = directory.find(tenantAsked).map(t -> t.id().code()).orElseThrow(() -> unknown(tenantAsked));
        } else {
            // a user of no tenant (no organisation in the token) finds nothing, like an unknown tenant
            TenantId own = TenantContext.current().orElseThrow(() -> unknown(tenantAsked == null ? "" : tenantAsked));
            if (tenantAsked != null && !tenantAsked.equals(own.code())) {
                throw unknown(tenantAsked);
            }
            tenant = own.code();
        }
        return Query.of(q -> q.bool(b -> b
                .must(query)
                .filter(f -> f.term(t -> t.field(FIELD).value(tenant)))));
    }

    private static NotFoundException unknown(String code) {
        return new NotFoundException("Unknown tenant", "No tenant with the code '" + code + "' exists.");
    }
}
