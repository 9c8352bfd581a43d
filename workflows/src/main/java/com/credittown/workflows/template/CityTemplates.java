package com.credittown.workflows.template;

import java.util.List;

/** The process templates the city ships, as BPMN resources on the classpath. */
final class CityTemplates {

    /** One template: its deployment name and its BPMN resource. */
    record Template(String name, String resource) {
    }

    static final List<Template> ALL = List.of(
            new Template("credit-commitment", "templates/credit-commitment.bpmn20.xml"),
            new Template("integrity-star", "templates/integrity-star.bpmn20.xml"),
            new Template("credit-repair", "templates/credit-repair.bpmn20.xml"),
            new Template("government-rectification", "templates/government-rectification.bpmn20.xml"),
            new Template("district-membership", "templates/district-membership.bpmn20.xml"));

    private CityTemplates() {
    }
}
