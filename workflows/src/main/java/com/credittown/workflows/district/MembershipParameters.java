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
