package com.credittown.platform.search;

import static org.awaitility.Awaitility.await;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.Duration;
import java.util.List;

/** Subject searches as a tenant's user asks them, for search tests: the ids found, and waiting until one is found. */
final class SubjectSearches {

    private final SubjectSearch search;

    SubjectSearches(SubjectSearch search) {
        this.search = search;
    }

    /** The ids of the first 100 subjects the tenant finds for the query. */
    List<Long> ids(TenantId tenant, String query) {
        return TenantContext.callAs(tenant, () -> search.search(query, 0, 100)).items().stream()
                .map(SubjectHit::id).toList();
    }

    /** Waits (up to 120 s) until the tenant finds the subject by the query. */
    void awaitFound(TenantId tenant, String query, long id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> ids(tenant, query).contains(id));
    }
}
