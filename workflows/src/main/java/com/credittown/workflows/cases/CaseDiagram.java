package com.credittown.workflows.cases;

import com.credittown.platform.workflow.CasePath;
import com.credittown.platform.workflow.CaseSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case drawn on its own process version: the BPMN XML (with diagram coordinates) and the elements, by BPMN element
 * id, the case has done, stands at, and is or was overdue in. Elements are every kind the engine records, not only
 * tasks: gateways of every kind, intermediate timers and messages, and the sequence flows taken, so the path the case
 * went is drawn; an armed deadline timer counts as current.
 *
 * @param bpmnXml the process version's BPMN 2.0 XML with its diagram (laid out here when the deployed XML has none)
 * @param done    steps the case has passed and does not stand at again
 * @param current steps the case stands at (open tasks, a waiting intermediate timer, an armed boundary timer)
 * @param overdue steps whose deadline passed before they were done, or that are still open past it
 */
public record CaseDiagram(String bpmnXml, Set<String> done, Set<String> current, Set<String> overdue) {

    public CaseDiagram {
        done = Set.copyOf(done);
        current = Set.copyOf(current);
        overdue = Set.copyOf(overdue);
    }

    /**
     * Marks the elements from the case's path: an element passed more than once (returned to) counts as its latest
     * pass, so a step the case went back to is current, not done; timers armed now are current.
     */
    static CaseDiagram of(String bpmnXml, CasePath path, Instant now) {
        CaseDiagram steps = of(bpmnXml, path.elements(), now);
        Set<String> current = new java.util.HashSet<>(steps.current());
        current.addAll(path.armedTimers());
        Set<String> done = new java.util.HashSet<>(steps.done());
        done.removeAll(path.armedTimers());
        return new CaseDiagram(bpmnXml, done, current, steps.overdue());
    }

    static CaseDiagram of(String bpmnXml, List<CaseSummary.CaseStep> steps, Instant now) {
        Map<String, CaseSummary.CaseStep> latest = new LinkedHashMap<>();
        for (CaseSummary.CaseStep step : steps) {
            latest.merge(step.stepKey(), step, (earlier, later) -> later.startedAt().isBefore(earlier.startedAt())
                    ? earlier : later);
        }
        Set<String> current = latest.values().stream().filter(step -> step.endedAt() == null)
                .map(CaseSummary.CaseStep::stepKey).collect(Collectors.toSet());
        Set<String> done = latest.values().stream().filter(step -> step.endedAt() != null)
                .map(CaseSummary.CaseStep::stepKey).collect(Collectors.toSet());
        Set<String> overdue = latest.values().stream().filter(step -> step.dueAt() != null
                        && (step.endedAt() == null ? now : step.endedAt()).isAfter(step.dueAt()))
                .map(CaseSummary.CaseStep::stepKey).collect(Collectors.toSet());
        return new CaseDiagram(bpmnXml, done, current, overdue);
    }
}
