package com.credittown.platform.workflow;

import java.util.List;
import java.util.Set;

/**
 * Everything one case has passed through or stands at, for its diagram: every element of its process the engine
 * recorded (tasks, events, gateways of every kind, intermediate timers, sequence flows taken), in start order, and the
 * timers armed on it now (a boundary deadline is recorded only when it fires, so it is read from the waiting timer
 * jobs).
 *
 * @param elements    the recorded elements, by BPMN element id, with their start, end and (for tasks) deadline
 * @param armedTimers BPMN ids of the timer events waiting to fire on the case
 */
public record CasePath(List<CaseSummary.CaseStep> elements, Set<String> armedTimers) {

    public CasePath {
        elements = List.copyOf(elements);
        armedTimers = Set.copyOf(armedTimers);
    }
}
