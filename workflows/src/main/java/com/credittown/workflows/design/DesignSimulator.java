package com.credittown.workflows.design;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a design on paper: condition blocks decide with the same {@link ConditionEvaluator} as running cases, parallel
 * branches start together and the chain goes on when the last is due, and each deadline is counted in working days on
 * the city calendar from the day its step starts (assuming each step takes its full period).
 */
public final class DesignSimulator {

    private final WorkingDayCalendar calendar;

    public DesignSimulator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Simulation simulate(DesignModel model, Map<String, ?> sample, LocalDate start) {
        List<SimulatedStep> reached = new ArrayList<>();
        run(model.steps(), sample == null ? Map.of() : sample, start, null, reached);
        return new Simulation(start, reached);
    }

    /** Runs a chain from the given day; returns the day its last deadline falls on. */
    private LocalDate run(List<DesignStep> chain, Map<String, ?> sample, LocalDate from, String branch,
                          List<SimulatedStep> reached) {
        LocalDate day = from;
        for (DesignStep step : chain) {
            switch (step.kind()) {
                case APPROVAL -> {
                    LocalDate dueOn = null;
                    boolean flagged = false;
                    if (step.deadlineWorkingDays() != null) {
                        Deadline due = Deadline.afterWorkingDays(day, step.deadlineWorkingDays(), calendar);
                        dueOn = due.date();
                        flagged = due.flagged();
                        day = dueOn;
                    }
                    reached.add(new SimulatedStep(step.id(), step.name(), step.kind(), branch,
                            step.assignee().describe(), step.deadlineWorkingDays(), dueOn, flagged));
                }
                case COPY_TO -> reached.add(new SimulatedStep(step.id(), step.name(), step.kind(), branch,
                        step.assignee().describe(), null, null, false));
                case PARALLEL -> {
                    LocalDate latest = day;
                    for (Branch parallel : step.branches()) {
                        LocalDate end = run(parallel.steps(), sample, day, parallel.name(), reached);
                        latest = end.isAfter(latest) ? end : latest;
                    }
                    day = latest;
                }
                case CONDITION -> {
                    Branch chosen = choose(step, sample);
                    if (chosen != null) {
                        day = run(chosen.steps(), sample, day, chosen.name(), reached);
                    }
                }
            }
        }
        return day;
    }

    private static Branch choose(DesignStep block, Map<String, ?> sample) {
        for (Branch branch : block.branches()) {
            Condition condition = branch.condition();
            if (condition != null
                    && ConditionEvaluator.holds(sample.get(condition.field()), condition.operator(), condition.value())) {
                return branch;
            }
        }
        return block.branches().stream().filter(b -> b.condition() == null).findFirst().orElse(null);
    }
}
