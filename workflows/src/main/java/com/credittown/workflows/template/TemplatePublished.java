package com.credittown.workflows.template;

import com.credittown.platform.tenancy.TenantId;

/** A tenant published a new version of a city template (new parameter values or step changes). */
public record TemplatePublished(TenantId tenant, String processKey, int version) {
}
