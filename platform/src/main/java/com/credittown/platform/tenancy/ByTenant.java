package com.credittown.platform.tenancy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rows of a query grouped by tenant ({@code select x.tenantId, count(x) ... group by x.tenantId}) as counts per
 * tenant code. The same query answers a tenant's own figures (its tenant filter leaves one group) and the city
 * office's for every tenant ({@link CityReads}: one group per tenant, one statement for all).
 */
public final class ByTenant {

    private ByTenant() {
    }

    /** @param rows {@code [tenant code, number]} per row */
    public static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.merge((String) row[0], row[1] == null ? 0L : ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    /** The tenant's count, 0 when the query found none of its rows. */
    public static long of(Map<String, Long> counts, String tenant) {
        return counts.getOrDefault(tenant, 0L);
    }

    /** Every tenant any of these figures counts: the rows of a census that combines several grouped queries. */
    @SafeVarargs
    private static Set<String> tenantsIn(Map<String, ?>... figures) {
        Set<String> tenants = new HashSet<>();
        for (Map<String, ?> figure : figures) {
            tenants.addAll(figure.keySet());
        }
        return tenants;
    }

    /**
     * A census's rows: one per tenant any of these figures counts, built from that tenant's figures (a figure without
     * the tenant reads 0 through {@link #of}). The one place the grouped counts of several queries become records.
     */
    @SafeVarargs
    public static <R> Map<String, R> rows(Function<String, R> row, Map<String, ?>... figures) {
        Map<String, R> rows = new HashMap<>();
        for (String tenant : tenantsIn(figures)) {
            rows.put(tenant, row.apply(tenant));
        }
        return rows;
    }
}
