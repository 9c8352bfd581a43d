package com.credittown.workflows.district;

import com.credittown.workflows.template.TemplateLibrary;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place supervision reads the {@code district-membership} parameters: the current tenant's published
 * adaptation from the template library, the city's defaults where the tenant adapted nothing. Ratings, the
 * ledger's census and the reapply wait after a removal all take their values from here.
 */
@Component
class MembershipParameters {

    private final TemplateLibrary library;

    MembershipParameters(TemplateLibrary library) {
        this.library = library;
    }

    /** The current tenant's rating rules in force now. */
    @Transactional(readOnly = true)
    RatingRules rules() {
        return RatingRules.from(values());
    }

    /**
     * The rating rules in force now per tenant in reach (the current tenant, or every tenant for the city's reads),
     * the city's for a tenant that adapted nothing.
     */
    @Transactional(readOnly = true)
    RulesByTenant rulesByTenant() {
        Map<String, RatingRules> adapted = new java.util.HashMap<>();
        library.caseVariablesByTenant(ShopSupervision.PROCESS_KEY)
                .forEach((tenant, values) -> adapted.put(tenant, RatingRules.from(values)));
        return new RulesByTenant(adapted, RatingRules.from(library.cityDefaults(ShopSupervision.PROCESS_KEY)));
    }

    /** Calendar days a removed shop waits before it may apply again, for the current tenant. */
    @Transactional(readOnly = true)
    int reapplyAfterDays() {
        Object value = values().get("reapplyAfterDays");
        if (!(value instanceof Number days)) {
            throw new IllegalStateException("Template parameter 'reapplyAfterDays' of district-membership is missing");
        }
        return days.intValue();
    }

    private Map<String, Object> values() {
        return library.caseVariables(ShopSupervision.PROCESS_KEY);
    }
}
