package com.credittown.workflows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.workflow.CaseSummary.CaseStep;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps the case diagram marks done, current and overdue, and the layout of a template without coordinates. */
class CaseDiagramUnitTest {

    private static final Instant NOW = Instant.parse("2025-10-10T02:00:00Z");

    private static CaseStep step(String key, String started, String ended, String due) {
        return new CaseStep(key, key, "userTask", null, Instant.parse(started),
                ended == null ? null : Instant.parse(ended), due == null ? null : Instant.parse(due));
    }

    @Test
    void stepsAreDoneCurrentOrOverdueByTheirLatestPass() {
        CaseDiagram diagram = CaseDiagram.of("<xml/>", List.of(
                step("start", "2025-10-01T01:00:00Z", "2025-10-01T01:00:00Z", null),
                step("plan", "2025-10-01T01:00:00Z", "2025-10-02T01:00:00Z", "2025-10-05T01:00:00Z"),
                step("review", "2025-10-02T01:00:00Z", "2025-10-03T01:00:00Z", "2025-10-09T01:00:00Z"),
                // returned to the plan: the plan is current again, and past its new deadline
                step("plan", "2025-10-03T01:00:00Z", null, "2025-10-08T01:00:00Z"),
                step("late", "2025-10-01T01:00:00Z", "2025-10-07T01:00:00Z", "2025-10-06T01:00:00Z")), NOW);

        assertThat(diagram.current()).containsExactly("plan");
        assertThat(diagram.done()).containsExactlyInAnyOrder("start", "review", "late");
        assertThat(diagram.overdue()).containsExactlyInAnyOrder("plan", "late");
    }

    @Test
    void flowsGatewaysAndTimersAreMarkedAndAnArmedTimerIsCurrent() {
        CaseDiagram diagram = CaseDiagram.of("<xml/>", new com.credittown.platform.workflow.CasePath(List.of(
                element("fork", "parallelGateway", "2025-10-01T01:00:00Z", "2025-10-01T01:00:00Z"),
                element("toReview", "sequenceFlow", "2025-10-01T01:00:00Z", "2025-10-01T01:00:00Z"),
                element("review", "userTask", "2025-10-01T01:00:00Z", null),
                element("resultDeadline", "intermediateCatchEvent", "2025-10-01T01:00:00Z", null),
                // a boundary deadline that fired once on an earlier pass and is armed again now
                element("reviewDeadline", "boundaryEvent", "2025-10-01T01:00:00Z", "2025-10-02T01:00:00Z")),
                java.util.Set.of("reviewDeadline")), NOW);

        assertThat(diagram.done()).containsExactlyInAnyOrder("fork", "toReview");
        assertThat(diagram.current()).containsExactlyInAnyOrder("review", "resultDeadline", "reviewDeadline");
    }

    private static CaseStep element(String key, String type, String started, String ended) {
        return new CaseStep(key, null, type, null, Instant.parse(started), ended == null ? null : Instant.parse(ended),
                null);
    }

    @Test
    void anOpenStepBeforeItsDeadlineIsNotOverdue() {
        CaseDiagram diagram = CaseDiagram.of("<xml/>",
                List.of(step("sign", "2025-10-09T01:00:00Z", null, "2025-10-20T01:00:00Z")), NOW);

        assertThat(diagram.current()).containsExactly("sign");
        assertThat(diagram.overdue()).isEmpty();
    }

    @Test
    void aTemplateWithoutCoordinatesIsLaidOutWithAShapeForEveryStep() throws Exception {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/credit-repair.bpmn20.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).doesNotContain("BPMNShape");

        String laidOut = CaseDiagrams.withDiagram(xml);

        assertThat(laidOut).contains("BPMNShape").contains("BPMNEdge");
        java.util.regex.Matcher tasks = java.util.regex.Pattern.compile("<userTask id=\"([^\"]+)\"").matcher(xml);
        while (tasks.find()) {
            assertThat(laidOut).as("shape of %s", tasks.group(1)).contains("bpmnElement=\"" + tasks.group(1) + "\"");
        }
        // a diagram that has its coordinates (a designed process) is shown as deployed
        assertThat(CaseDiagrams.withDiagram(laidOut)).isSameAs(laidOut);
    }
}
