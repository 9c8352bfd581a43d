package com.credittown.workflows.design;

/**
 * Something in the diagram the simulation did not decide.
 *
 * @param elementId the BPMN element concerned
 * @param code      a stable reason the UI translates: {@code condition-not-evaluable}, {@code no-way-out},
 *                  {@code not-simulated}, {@code join-incomplete}, {@code loop}, {@code due-date-not-evaluable},
 *                  {@code malformed}
 * @param message   in English, with the element and the expression concerned
 */
public record SimulationNote(String elementId, String elementName, String code, String message) {
}
