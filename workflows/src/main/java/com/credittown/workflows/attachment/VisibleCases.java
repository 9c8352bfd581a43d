package com.credittown.workflows.attachment;

/**
 * The cases the caller may see, as the attachments ask: the cases feature answers ({@code CaseService}), so the
 * attachments do not depend on it and the cases' timeline may show the attachments without a cycle between the two
 * features (ModuleDependenciesArchTest).
 */
public interface VisibleCases {

    /**
     * The id of the current tenant's case, if the caller may see it.
     *
     * @throws com.credittown.platform.web.NotFoundException for an unknown case, another tenant's, or one the caller
     *                                                       may not see
     */
    String visibleCaseId(String caseId);
}
