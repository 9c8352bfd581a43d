package com.credittown.workflows.design;

import com.credittown.platform.time.PlatformClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The designer's checks and dry runs before publication: a draft's or chain's problems (its model's and those of the
 * BPMN it would deploy) and its simulation, by the chain or by the modeler's diagram as the authoring mode says.
 */
@Component
class DesignChecks {

    private final DesignValidator validator;
    private final BpmnChecker bpmnChecker;
    private final DesignSimulator simulator;
    private final BpmnSimulator bpmnSimulator;
    private final PlatformClock clock;

    DesignChecks(DesignValidator validator, BpmnChecker bpmnChecker, DesignSimulator simulator,
                 BpmnSimulator bpmnSimulator, PlatformClock clock) {
        this.validator = validator;
        this.bpmnChecker = bpmnChecker;
        this.simulator = simulator;
        this.bpmnSimulator = bpmnSimulator;
        this.clock = clock;
    }

    /**
     * What keeps a draft from being published as this version: its model's problems and those of the exact BPMN it
     * would deploy (a chain is generated only when its model is valid).
     */
    List<DesignProblem> problems(ProcessDesign design, DesignModel model, int version) {
        List<DesignProblem> problems = new ArrayList<>(validator.check(design.processKey(), model));
        if (design.bpmnXml() != null || problems.isEmpty()) {
            problems.addAll(bpmnChecker.check(design.processKey(), model, design.bpmn(model, version)));
        }
        return problems;
    }

    /**
     * A chain's problems: its model's and, when it has none, those of the BPMN generated from it, since the names the
     * officer types are written into the diagram, where the engine reads some of them as expressions.
     */
    List<DesignProblem> chainProblems(String processKey, DesignModel model) {
        List<DesignProblem> problems = validator.check(processKey, model);
        return problems.isEmpty() ? bpmnChecker.check(processKey, model, BpmnGenerator.generate(processKey, 1, model))
                : problems;
    }

    /** A BPMN saved from the modeler, checked like generated BPMN. */
    List<DesignProblem> bpmnProblems(String processKey, DesignModel model, String xml) {
        return bpmnChecker.check(processKey, model, xml);
    }

    /** The saved draft's run: in chain mode its chain, in BPMN mode the diagram itself. */
    Simulation simulate(ProcessDesign design, DesignModel model, Map<String, ?> sample, LocalDate start) {
        if (design.authoringMode() == AuthoringMode.BPMN) {
            return bpmnSimulator.simulate(design.bpmnXml(), model, sample, startOr(start));
        }
        return simulate(model, sample, start);
    }

    /** A chain's run (the editor's current state, saved or not). */
    Simulation simulate(DesignModel model, Map<String, ?> sample, LocalDate start) {
        return simulator.simulate(model, sample, startOr(start));
    }

    private LocalDate startOr(LocalDate start) {
        return start == null ? LocalDate.ofInstant(clock.instant(), PlatformClock.CITY_ZONE) : start;
    }
}
