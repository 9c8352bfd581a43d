package com.credittown.workflows.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A city template as the current tenant runs it.
 *
 * @param version 0 while the tenant runs the city's values, else the tenant's latest published version
 */
public record TemplateView(String processKey, int version, Map<String, Object> values,
                           List<TemplateParameter> parameters) {

    /** One published version of the tenant's adaptation. */
    public record Version(int version, int definitionVersion, Map<String, Object> values, Instant publishedAt,
                          String publishedBy, String reason) {
    }
}
