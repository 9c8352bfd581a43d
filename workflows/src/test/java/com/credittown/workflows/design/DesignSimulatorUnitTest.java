package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.credittown.platform.calendar.InMemoryCalendarYears;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignSimulatorUnitTest {

    private final DesignSimulator simulator =
            new DesignSimulator(new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath()));

    @Test
    void aBigAmountGoesToBothDepartmentsInParallelAndDeadlinesSkipTheNationalDayHoliday() {
        // Friday 2025-09-26; 1-8 October 2025 are holidays, Sunday 28 September and Saturday 11 October are worked
        Simulation run = simulator.simulate(SampleDesigns.everyKind(), Map.of("amount", new BigDecimal("20000")),
                LocalDate.of(2025, 9, 26));

        assertThat(run.steps()).extracting(SimulatedStep::stepId, SimulatedStep::assignee,
                        SimulatedStep::dueOn)
                .containsExactly(
                        tuple("review", "group officer", LocalDate.of(2025, 9, 29)),
                        tuple("tax", "group department:tax", LocalDate.of(2025, 10, 13)),
                        tuple("market", "group department:market-supervision", LocalDate.of(2025, 10, 10)),
                        tuple("notifyCity", "group city-office", null));
        assertThat(run.steps()).noneMatch(SimulatedStep::flagged);
    }

    @Test
    void aSmallAmountTakesTheDefaultBranchToTheNamedUser() {
        Simulation run = simulator.simulate(SampleDesigns.everyKind(), Map.of("amount", "500"),
                LocalDate.of(2025, 3, 3));

        assertThat(run.steps()).extracting(SimulatedStep::stepId, SimulatedStep::branch,
                        SimulatedStep::assignee, SimulatedStep::dueOn)
                .containsExactly(
                        tuple("review", null, "group officer", LocalDate.of(2025, 3, 5)),
                        tuple("admin", "其他", "user humen.admin", LocalDate.of(2025, 3, 6)),
                        tuple("notifyCity", null, "group city-office", null));
    }

    @Test
    void aMissingValueTakesTheDefaultBranchAndIsEmptyMatchesIt() {
        assertThat(ConditionEvaluator.holds(null, Operator.IS_EMPTY, null)).isTrue();
        assertThat(ConditionEvaluator.holds(null, Operator.GREATER_THAN, "1")).isFalse();
        assertThat(ConditionEvaluator.holds("10.0", Operator.EQUALS, "10")).isTrue();
        assertThat(ConditionEvaluator.holds("2025-01-02", Operator.LESS_THAN, "2025-02-01")).isTrue();
        Simulation run = simulator.simulate(SampleDesigns.everyKind(), Map.of(), LocalDate.of(2025, 3, 3));
        assertThat(run.steps()).extracting(SimulatedStep::stepId).containsExactly("review", "admin", "notifyCity");
    }

    @Test
    void aDateInAYearWithoutCalendarIsFlagged() {
        Simulation run = simulator.simulate(SampleDesigns.oneApproval(), Map.of(), LocalDate.of(2031, 3, 3));
        assertThat(run.steps()).singleElement().satisfies(step -> assertThat(step.flagged()).isTrue());
    }
}
