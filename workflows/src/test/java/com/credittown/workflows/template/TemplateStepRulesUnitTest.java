package com.credittown.workflows.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.web.FieldProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;

/**
 * The city's structure data as the rules apply it to a tenant's step changes: locked steps stay, only optional ones
 * go, steps are inserted only at open positions within the city's maximum, and the legal total of a window (a repair
 * result within 10 working days of acceptance) holds with the inserted steps counted.
 */
class TemplateStepRulesUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TemplateParameters PARAMETERS = new TemplateParameters(JSON);
    private static final TemplateStructures STRUCTURES = new TemplateStructures(JSON, PARAMETERS);
    private static final BpmnModel REPAIR = TemplateBpmn.parse(TemplateBpmn.city(template("credit-repair")));

    @Test
    void theCitysDataDescribesEveryTemplateConsistently() {
        for (CityTemplates.Template template : CityTemplates.ALL) {
            TemplateStructure structure = STRUCTURES.of(template.name());
            assertThat(structure.locked()).as(template.name()).isNotEmpty();
            assertThat(structure.positions()).as(template.name()).isNotEmpty();
            assertThat(TemplateStructures.problems(structure, TemplateBpmn.parse(TemplateBpmn.city(template)),
                    PARAMETERS.of(template.name()).stream().map(TemplateParameter::key).toList()))
                    .as(template.name()).isEmpty();
        }
    }

    @Test
    void dataNamingAStepThatIsNotInTheTemplateIsAnError() {
        TemplateStructure wrong = new TemplateStructure("credit-repair",
                Map.of("noSuchStep", new LockedStep("依据", null)), Map.of(),
                List.of(new Position("noSuchFlow", null, 3, "nowhere")), Map.of(), List.of());
        assertThat(TemplateStructures.problems(wrong, REPAIR, List.of("resultWorkingDays")))
                .anyMatch(p -> p.contains("noSuchStep")).anyMatch(p -> p.contains("noSuchFlow"))
                .anyMatch(p -> p.contains("unknown deadline limit"));
    }

    @Test
    void anInternalReviewWithinTheLegalTotalPasses() {
        assertThat(check(Map.of("resultWorkingDays", 7), changes(review("toConclude", 3)))).isEmpty();
    }

    @Test
    void anInsertedStepThatPushesTheResultBeyondTenWorkingDaysIsRefusedAsBeyondTheCitysLimit() {
        assertThat(check(Map.of("resultWorkingDays", 10), changes(review("toConclude", 2))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("step:jointReview");
                    assertThat(problem.code()).isEqualTo("legal-limit");
                    assertThat(problem.message()).contains("resultWorkingDays 10 + 会审 2 = 12 working days",
                                    "longer than the city's limit of 10 working days",
                                    "市信用办设置：负责部门在受理后10个工作日内作出修复结果",
                                    "（参考：国办发〔2025〕22号、国家发展改革委令第36号，条文未核对）")
                            .doesNotContain("legal", "law");
                });
    }

    @Test
    void aLockedStepIsNeverRemovedAndTheAnswerNamesTheCitysLockAndItsBasis() {
        assertThat(check(Map.of(), new StepChanges(List.of(), List.of("accept"))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("step:accept");
                    assertThat(problem.code()).isEqualTo("locked-step");
                    assertThat(problem.message())
                            .contains("accept is locked by the city office and may not be removed or moved",
                                    "市信用办设置：受理渠道在3个工作日内作出是否受理的决定", "条文未核对")
                            .doesNotContain("law");
                });
    }

    @Test
    void onlyOptionalStepsAreRemoved() {
        assertThat(check(Map.of(), new StepChanges(List.of(), List.of("requestExtension")))).isEmpty();
        assertThat(check(Map.of(), new StepChanges(List.of(), List.of("flagAcceptanceOverdue"))))
                .extracting(FieldProblem::code).containsExactly("not-optional");
        assertThat(check(Map.of(), new StepChanges(List.of(), List.of("ghost"))))
                .extracting(FieldProblem::code).containsExactly("unknown-step");
    }

    @Test
    void theDesignerAsksTheSameRuleWhetherAStepMayBeRemovedAndWhyNot() {
        var structure = STRUCTURES.of("credit-repair");
        var elements = TemplateBpmn.elementIds(REPAIR);
        assertThat(TemplateStepRules.removal(structure, elements, "requestExtension")).isEmpty();
        assertThat(TemplateStepRules.removal(structure, elements, "accept")).map(FieldProblem::code)
                .contains("locked-step");
        assertThat(TemplateStepRules.removal(structure, elements, "flagAcceptanceOverdue")).map(FieldProblem::code)
                .contains("not-optional");
    }

    @Test
    void aForbiddenPositionIsRefusedWithItsReasonAndAnUnopenedOneToo() {
        assertThat(check(Map.of("resultWorkingDays", 5), changes(review("toAccept", 1))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo("forbidden-position");
                    assertThat(problem.message()).contains("国办发〔2025〕22号", "受理前不得增设环节");
                });
        assertThat(check(Map.of("resultWorkingDays", 5), changes(review("toRejected", 1))))
                .extracting(FieldProblem::code).containsExactly("position-not-open");
        assertThat(check(Map.of("resultWorkingDays", 5), changes(review("nowhere", 1))))
                .extracting(FieldProblem::code).containsExactly("unknown-position");
    }

    @Test
    void anInsertedStepNeedsAnIdANameACandidateAndADeadlineWithinTheCitysMaximum() {
        ExtraStep bad = new ExtraStep("accept", " ", "toConclude", ExtraStep.CandidateKind.ROLE, "mayor", 6);
        assertThat(check(Map.of("resultWorkingDays", 1), changes(bad))).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("duplicate-step", "missing-name", "bad-assignee", "out-of-range");
        ExtraStep empty = new ExtraStep("1x", "x", "toConclude", ExtraStep.CandidateKind.DEPARTMENT, "", null);
        assertThat(check(Map.of(), changes(empty))).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("bad-id", "missing-assignee", "missing-deadline");
        ExtraStep department = new ExtraStep("taxReview", "税务会审", "toConclude", ExtraStep.CandidateKind.DEPARTMENT,
                "tax", 2);
        assertThat(check(Map.of("resultWorkingDays", 8), changes(department))).isEmpty();
        assertThat(department.candidateGroup()).isEqualTo("department:tax");
    }

    static ExtraStep review(String position, int days) {
        return new ExtraStep("jointReview", "会审", position, ExtraStep.CandidateKind.ROLE, "officer", days);
    }

    private static StepChanges changes(ExtraStep... steps) {
        return new StepChanges(List.of(steps), List.of());
    }

    private static List<FieldProblem> check(Map<String, Object> values, StepChanges changes) {
        return TemplateStepRules.check(STRUCTURES.of("credit-repair"), TemplateBpmn.elementIds(REPAIR),
                TemplateBpmn.flowIds(REPAIR), values, changes);
    }

    static CityTemplates.Template template(String name) {
        return CityTemplates.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
