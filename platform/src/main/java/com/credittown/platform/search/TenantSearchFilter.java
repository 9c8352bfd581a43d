package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.credittown.platform.credit.ArchiveReaders;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place a search is bound to tenants: every search passes its query through {@link #restrict}. A feature
 * never filters by tenant itself.
 *
 * <ul>
 *   <li>The city office searches the tenant it names, or all tenants when it names none; in the city-level credit
 *       archive (subjects, records) it finds everything.</li>
 *   <li>Everyone else (and system work without a user) searches the tenant of the current thread only (a tenant
 *       user's own organisation, set by the tenant request filter); naming any other tenant is answered exactly
 *       like a tenant that does not exist. Without a current tenant it fails closed (not found). Tenant-level
 *       documents (cases, shops) are filtered on their {@code tenant} field; city-level documents on their
 *       {@code readers} field ({@code *} or the current tenant), which {@code ArchiveReaders} fills by the archive's
 *       own rule.</li>
 * </ul>
 */
@Component
public class TenantSearchFilter {

    static final String FIELD = "tenant";
    /** Who may find a city-level document: {@link ArchiveReaders#EVERY_TENANT} or tenant codes. */
    static final String READERS = "readers";

    private final TenantDirectory directory;

    TenantSearchFilter(TenantDirectory directory) {
        this.directory = directory;
    }

    /**
     * The query, restricted to the tenants the caller may search.
     *
     * @param tenantAsked the tenant code the caller asked for, or null for every tenant it may see
     * @param cityLevel   whether the documents are the city's (the credit archive) rather than one tenant's
     * @throws NotFoundException if the caller may not search the tenant asked for, or it does not exist
     */
    Query restrict(Query query, String tenantAsked, boolean cityLevel) {
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
        if (cityLevel) {
            if (cityOffice) {
                return query;
            }
            List<FieldValue> readers = List.of(FieldValue.of(ArchiveReaders.EVERY_TENANT), FieldValue.of(tenant));
            return Query.of(q -> q.bool(b -> b
                    .must(query)
                    .filter(f -> f.terms(t -> t.field(READERS).terms(v -> v.value(readers))))));
        }
        return Query.of(q -> q.bool(b -> b
                .must(query)
                .filter(f -> f.term(t -> t.field(FIELD).value(tenant)))));
    }

    private static NotFoundException unknown(String code) {
        return new NotFoundException("Unknown tenant", "No tenant with the code '" + code + "' exists.");
    }
}
