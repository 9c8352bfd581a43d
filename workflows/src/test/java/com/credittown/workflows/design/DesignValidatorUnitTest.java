package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.workflows.design.Branch;
import com.credittown.workflows.design.Condition;
import com.credittown.workflows.design.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignValidatorUnitTest {

    private final DesignValidator validator = new DesignValidator(SampleDesigns.LIMITS);
    private final BpmnChecker bpmn = new BpmnChecker(SampleDesigns.LIMITS);

    @Test
    void theSamplesAreValid() {
        assertThat(validator.check("subsidy", SampleDesigns.everyKind())).isEmpty();
        assertThat(validator.check("simple-approval", SampleDesigns.oneApproval())).isEmpty();
    }

    @Test
    void aFileFieldCannotBeOnTheStartFormButMayBeAskedByAStep() {
        var licence = new com.credittown.workflows.form.FormField("licence",
                com.credittown.workflows.form.FieldType.FILE,
                new com.credittown.workflows.form.LocalizedText("营业执照", "Licence"), true, null, null, List.of());
        var onStart = new DesignModel("带附件", List.of(licence), List.of("licence"), List.of(
                DesignStep.approval("review", "审核", SampleDesigns.role("officer"), 3, List.of("licence"))));
        assertThat(validator.check("file-start", onStart)).extracting(DesignProblem::target, DesignProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("field:licence", "file-on-start"));
        var onStep = new DesignModel("带附件", List.of(licence), List.of(), List.of(
                DesignStep.approval("review", "审核", SampleDesigns.role("officer"), 3, List.of("licence"))));
        assertThat(validator.check("file-step", onStep)).isEmpty();
    }

    @Test
    void anEmptyChainIsAProblemOfTheChain() {
        var model = new DesignModel("空", List.of(), List.of(), List.of());
        assertThat(validator.check("empty-one", model))
                .containsExactly(new DesignProblem("steps", "empty-chain", "the process has no steps"));
    }

    @Test
    void aStepWithoutAssigneeIsKeyedToThatStep() {
        var model = chain(DesignStep.approval("review", "审核", null, 3, List.of()));
        assertThat(validator.check("no-one", model)).extracting(DesignProblem::target, DesignProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("step:review", "missing-assignee"));
    }

    @Test
    void aDeadlineAboveTheCitysLimitNamesTheLimitAndItsBasis() {
        var model = chain(DesignStep.approval("review", "审核", SampleDesigns.role("officer"), 21, List.of()));
        assertThat(validator.check("too-long", model)).singleElement().satisfies(problem -> {
            assertThat(problem.target()).isEqualTo("step:review");
            assertThat(problem.code()).isEqualTo("deadline-above-limit");
            assertThat(problem.message()).contains("21 working days is longer than the city's limit of 20 working days",
                    "市信用办设置：自行设计流程的单个环节期限最长20个工作日").doesNotContain("legal");
        });
    }

    @Test
    void aConditionOnAFieldTheFormDoesNotHaveIsAProblemOfTheBlock() {
        var model = chain(DesignStep.condition("route", "分支", List.of(
                new Branch("大额", new Condition("amount", Operator.GREATER_THAN, "5"), List.of(
                        DesignStep.approval("a", "甲", SampleDesigns.role("officer"), 1, List.of()))),
                new Branch("其他", null, List.of()))));
        assertThat(validator.check("cond", model)).extracting(DesignProblem::target, DesignProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("step:route", "condition-on-missing-field"));
    }

    @Test
    void aConditionBlockNeedsOneDefaultBranchAndSafeValues() {
        var model = new DesignModel("x", List.of(SampleDesigns.text("kind")), List.of("kind"), List.of(
                DesignStep.condition("route", "分支", List.of(
                        new Branch("a", new Condition("kind", Operator.EQUALS, "x') || true || ('"), List.of()),
                        new Branch("b", new Condition("kind", Operator.GREATER_THAN, "1"), List.of())))));
        assertThat(validator.check("cond", model)).extracting(DesignProblem::code)
                .containsExactlyInAnyOrder("needs-default-branch", "unsafe-value", "not-comparable");
    }

    @Test
    void duplicateFieldKeysAndStepIdsAreNamed() {
        var model = new DesignModel("x", List.of(SampleDesigns.text("a"), SampleDesigns.text("a")), List.of(),
                List.of(DesignStep.approval("s", "甲", SampleDesigns.role("officer"), 1, List.of("nope")),
                        DesignStep.copyTo("s", "抄送", null)));
        assertThat(validator.check("dups", model)).extracting(DesignProblem::target, DesignProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("field:a", "duplicate-field"),
                        org.assertj.core.groups.Tuple.tuple("step:s", "unknown-field"),
                        org.assertj.core.groups.Tuple.tuple("step:s", "duplicate-step"),
                        org.assertj.core.groups.Tuple.tuple("step:s", "missing-assignee"));
    }

    @Test
    void aParallelBlockNeedsTwoBranches() {
        var model = chain(DesignStep.parallel("p", "并行", List.of(new Branch("only", null, List.of(
                DesignStep.approval("a", "甲", SampleDesigns.role("officer"), 1, List.of()))))));
        assertThat(validator.check("par", model)).extracting(DesignProblem::code).containsExactly("too-few-branches");
    }

    @Test
    void uploadedBpmnThatIsNotBpmnIsMalformed() {
        assertThat(bpmn.check("x-process", SampleDesigns.oneApproval(), "<definitions><process"))
                .extracting(DesignProblem::target, DesignProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bpmn", "malformed"));
    }

    @Test
    void uploadedBpmnWithScriptsOrForeignExpressionsIsRefused() {
        String generated = BpmnGenerator.generate("simple-approval", 1, SampleDesigns.oneApproval());
        String script = generated.replace("<endEvent", "<scriptTask id=\"evil\" scriptFormat=\"groovy\">"
                + "<script>System.exit(0)</script></scriptTask>\n    <endEvent");
        assertThat(bpmn.check("simple-approval", SampleDesigns.oneApproval(), script))
                .extracting(DesignProblem::code).contains("script-not-allowed");
        String expression = generated.replace("flowable:candidateGroups=\"officer\"",
                "flowable:candidateGroups=\"${runtimeService.deleteProcessInstance(x)}\"");
        assertThat(bpmn.check("simple-approval", SampleDesigns.oneApproval(), expression))
                .extracting(DesignProblem::code).contains("expression-not-allowed");
    }

    @Test
    void uploadedUserTasksNeedGroupFormKeyAndWorkingDayDueDate() {
        String generated = BpmnGenerator.generate("simple-approval", 1, SampleDesigns.oneApproval());
        String bare = generated.replaceAll(" flowable:(candidateGroups|formKey|dueDate|businessCalendarName)=\"[^\"]*\"", "");
        assertThat(bpmn.check("simple-approval", SampleDesigns.oneApproval(), bare))
                .extracting(DesignProblem::target, DesignProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("step:review", "missing-assignee"),
                        org.assertj.core.groups.Tuple.tuple("step:review", "missing-form-key"),
                        org.assertj.core.groups.Tuple.tuple("step:review", "missing-due-date"));
        assertThat(bpmn.check("other-key", SampleDesigns.oneApproval(), generated))
                .extracting(DesignProblem::code).contains("process-id");
    }

    private static DesignModel chain(DesignStep... steps) {
        return new DesignModel("测试", List.of(SampleDesigns.text("opinion")), List.of(), List.of(steps));
    }

    @SuppressWarnings("unused")
    private static Assignee user(String name) {
        return new Assignee(AssigneeKind.USER, name);
    }
}
