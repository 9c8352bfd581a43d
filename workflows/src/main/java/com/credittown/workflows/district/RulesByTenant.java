package com.credittown.workflows.district;

import java.util.Map;

/** Rating rules per tenant code, the city's where a tenant adapted nothing. */
record RulesByTenant(Map<String, RatingRules> adapted, RatingRules city) {

    RatingRules of(String tenant) {
        return adapted.getOrDefault(tenant, city);
    }
}
