package com.credittown.workflows.publishing;

/** Which authoring front end a published version came from; both publish through {@link Publishing}. */
public enum PublicationOrigin {
    /** A tenant's adaptation of a city template (parameter values, step changes), from the template library. */
    CITY_TEMPLATE,
    /** A tenant's own process design, from the low-code designer (chain or BPMN modeler). */
    TENANT_DESIGN
}
