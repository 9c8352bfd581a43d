package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.credittown.platform.calendar.InMemoryCalendarYears;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulation of a diagram saved from the modeler, walked from its BPMN. */
class BpmnSimulatorUnitTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath());
    private final BpmnSimulator walker = new BpmnSimulator(calendar);
    private final DesignSimulator chain = new DesignSimulator(calendar);

    // Friday 2025-09-26; 1-8 October 2025 are holidays, Sunday 28 September and Saturday 11 October are worked
    private static final LocalDate FRIDAY = LocalDate.of(2025, 9, 26);

    @Test
    void theGeneratedDiagramSimulatesExactlyLikeItsChain() {
        for (Map<String, ?> sample : java.util.List.<Map<String, ?>>of(Map.of("amount", "20000"), Map.of("amount", "500"),
                Map.of())) {
            Simulation fromBpmn = walker.simulate(HandEditedBpmn.generated(), SampleDesigns.everyKind(), sample, FRIDAY);
            Simulation fromChain = chain.simulate(SampleDesigns.everyKind(), sample, FRIDAY);
            assertThat(fromBpmn.steps()).as("sample %s", sample).isEqualTo(fromChain.steps());
            assertThat(fromBpmn.notes()).isEmpty();
        }
    }

    @Test
    void aTaskInsertedInTheModelerIsReachedInOrderWithItsWorkingDayDeadlineAndPushesTheLaterOnes() {
        String edited = HandEditedBpmn.withLegalCheck();
        assertThat(new BpmnChecker(SampleDesigns.LIMITS).check(HandEditedBpmn.KEY, SampleDesigns.everyKind(), edited))
                .isEmpty();

        Simulation run = walker.simulate(edited, SampleDesigns.everyKind(), Map.of("amount", "20000"), FRIDAY);

        assertThat(run.steps()).extracting(SimulatedStep::stepId, SimulatedStep::name,
                        SimulatedStep::branch, SimulatedStep::assignee, SimulatedStep::dueOn)
                .containsExactly(
                        tuple("review", "受理审核", null, "group officer", LocalDate.of(2025, 9, 29)),
                        // 4 working days after Monday 29 September: 30 September, 9, 10 and (worked) Saturday 11 October
                        tuple("legalCheck", "法制审核", null, "group department:legal", LocalDate.of(2025, 10, 11)),
                        tuple("tax", "税务审查", "税务", "group department:tax", LocalDate.of(2025, 10, 17)),
                        tuple("market", "市场监管审查", "市场监管", "group department:market-supervision",
                                LocalDate.of(2025, 10, 15)),
                        tuple("notifyCity", "抄送市信用办", null, "group city-office", null));
        assertThat(run.steps()).filteredOn(s -> s.stepId().equals("legalCheck")).singleElement()
                .satisfies(s -> assertThat(s.deadlineWorkingDays()).isEqualTo(4));
        assertThat(run.notes()).isEmpty();
    }

    @Test
    void aGatewayDrawnInTheModelerIsDecidedOnTheSampleDataWithItsDefaultFlow() {
        String xml = HandEditedBpmn.withGateway(null);
        assertThat(new BpmnChecker(SampleDesigns.LIMITS).check(HandEditedBpmn.KEY, SampleDesigns.everyKind(), xml))
                .isEmpty();

        Simulation urgent = walker.simulate(xml, SampleDesigns.everyKind(), Map.of("matter", "加急"), FRIDAY);
        assertThat(urgent.steps()).extracting(SimulatedStep::stepId, SimulatedStep::branch,
                        SimulatedStep::assignee, SimulatedStep::dueOn)
                .containsExactly(tuple("review", null, "group officer", LocalDate.of(2025, 9, 29)),
                        tuple("fastTrack", "加急", "user humen.admin", LocalDate.of(2025, 9, 30)));

        Simulation ordinary = walker.simulate(xml, SampleDesigns.everyKind(), Map.of("matter", "门店装修"), FRIDAY);
        assertThat(ordinary.steps()).extracting(SimulatedStep::stepId, SimulatedStep::branch)
                .containsExactly(tuple("review", null), tuple("signOff", "普通"));
        assertThat(ordinary.notes()).isEmpty();
    }

    @Test
    void aConditionItCannotEvaluateIsReportedAndThePathStopsInsteadOfGuessing() {
        Simulation run = walker.simulate(HandEditedBpmn.withGateway("${amount > 5000}"), SampleDesigns.everyKind(),
                Map.of("matter", "门店装修", "amount", "8000"), FRIDAY);

        assertThat(run.steps()).extracting(SimulatedStep::stepId).containsExactly("review");
        assertThat(run.notes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo("condition-not-evaluable");
            assertThat(note.elementName()).isEqualTo("是否加急");
            assertThat(note.message()).contains("${amount > 5000}");
        });
    }

    @Test
    void aDiagramThatIsNotBpmnGivesANoteNotAnError() {
        Simulation run = walker.simulate("<definitions/>", SampleDesigns.everyKind(), Map.of(), FRIDAY);
        assertThat(run.steps()).isEmpty();
        assertThat(run.notes()).extracting(SimulationNote::code).containsExactly("malformed");
    }
}
