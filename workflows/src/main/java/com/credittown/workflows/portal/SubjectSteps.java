package com.credittown.workflows.portal;

import com.credittown.platform.workflow.WorkTask;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the city templates that the case's subject performs itself in the merchant portal: signing a
 * credit commitment (信用承诺), submitting its rectification after an order to rectify (责令限期整改), and signing a
 * district's integrity commitment. Officers may still record a signature or a submission on paper for a subject
 * without an account; the step is the same.
 */
final class SubjectSteps {

    private static final Map<String, Set<String>> STEPS = Map.of(
            "credit-commitment", Set.of("sign", "rectify"),
            "district-membership", Set.of("sign"));

    private SubjectSteps() {
    }

    static boolean isSubjectStep(WorkTask task) {
        return STEPS.getOrDefault(task.processKey(), Set.of()).contains(task.stepKey());
    }
}
