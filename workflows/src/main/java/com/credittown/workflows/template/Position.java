package com.credittown.workflows.template;

import com.credittown.workflows.form.LocalizedText;

/**
 * Where a tenant may insert its own steps into a city template ({@link TemplateStructure#positions()}): on this
 * sequence flow of the template.
 *
 * @param maxWorkingDays the longest deadline the city allows a step inserted here
 * @param deadlineLimit  the locked total ({@link DeadlineLimit#id()}) a step inserted here counts towards, if any
 */
public record Position(String flow, LocalizedText label, int maxWorkingDays, String deadlineLimit) {
}
