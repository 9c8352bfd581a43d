package com.credittown.workflows.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A city template as the current tenant runs it.
 *
 * @param steps     the tenant's inserted and removed steps in force
 * @param structure what the city lets a tenant change in the steps (locks, positions, optional steps)
 * @param version 0 while the tenant runs the city's values, else the tenant's latest published version
 */
public record TemplateView(String processKey, int version, Map<String, Object> values,
                           List<TemplateParameter> parameters, StepChanges steps, TemplateStructure structure) {

    /** One published version of the tenant's adaptation. */
    public record Version(int version, int definitionVersion, Map<String, Object> values, StepChanges steps,
                          Instant publishedAt,
                          String publishedBy, String reason) {
    }
}
