package com.credittown.workflows.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.Test;

/** A tenant's step changes applied to the city's BPMN: what Flowable will run. */
class TemplateBpmnUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TemplateStructures STRUCTURES = new TemplateStructures(JSON, new TemplateParameters(JSON));
    private static final CityTemplates.Template REPAIR = TemplateStepRulesUnitTest.template("credit-repair");

    @Test
    void withoutChangesTheCitysFileRunsByteForByte() {
        byte[] city = TemplateBpmn.city(REPAIR);
        assertThat(TemplateBpmn.adapt(city, STRUCTURES.of("credit-repair"), StepChanges.NONE)).isSameAs(city);
    }

    @Test
    void anInsertedStepIsAUserTaskOnItsPositionWithGroupFormAndWorkingDayDeadline() {
        ExtraStep review = new ExtraStep("jointReview", "会审", "toConclude", ExtraStep.CandidateKind.DEPARTMENT,
                "tax", 3);
        ExtraStep second = new ExtraStep("leaderReview", "分管领导审批", "toConclude", ExtraStep.CandidateKind.ROLE,
                "administrator", 1);
        BpmnModel model = adapt(new StepChanges(List.of(review, second), List.of()));

        UserTask task = (UserTask) model.getMainProcess().getFlowElement("jointReview");
        assertThat(task.getCandidateGroups()).containsExactly("department:tax");
        assertThat(task.getDueDate()).isEqualTo("P3D");
        assertThat(task.getBusinessCalendarName()).isEqualTo("workingDays");
        assertThat(task.getFormKey()).isEqualTo(ExtraStep.FORM_KEY);
        SequenceFlow into = (SequenceFlow) model.getMainProcess().getFlowElement("toConclude");
        assertThat(into.getSourceRef()).isEqualTo("review");
        assertThat(into.getTargetRef()).isEqualTo("jointReview");
        assertThat(targets(model, "jointReview")).containsExactly("leaderReview");
        assertThat(targets(model, "leaderReview")).containsExactly("conclude");
        assertThat(errors(model)).isEmpty();
    }

    @Test
    void removingTheOptionalExtensionTakesItsWholeBranchAndTheReviewStillForks() {
        BpmnModel model = adapt(new StepChanges(List.of(), List.of("requestExtension")));

        assertThat(TemplateBpmn.elementIds(model)).doesNotContain("requestExtension", "extend", "extended",
                "toRequestExtension", "toExtend", "toExtended").contains("departmentReview", "resultDeadline");
        ParallelGateway fork = (ParallelGateway) model.getMainProcess().getFlowElement("reviewFork", true);
        assertThat(fork.getOutgoingFlows()).extracting(SequenceFlow::getTargetRef)
                .containsExactlyInAnyOrder("departmentReview", "resultDeadline");
        assertThat(errors(model)).isEmpty();
    }

    @Test
    void theSameChangesGiveTheSameBytesSoARestartDeploysNothingNew() {
        StepChanges changes = new StepChanges(List.of(TemplateStepRulesUnitTest.review("toConclude", 2)),
                List.of("requestExtension"));
        byte[] city = TemplateBpmn.city(REPAIR);
        assertThat(TemplateBpmn.adapt(city, STRUCTURES.of("credit-repair"), changes))
                .isEqualTo(TemplateBpmn.adapt(city, STRUCTURES.of("credit-repair"), changes));
    }

    private static BpmnModel adapt(StepChanges changes) {
        return TemplateBpmn.parse(TemplateBpmn.adapt(TemplateBpmn.city(REPAIR), STRUCTURES.of("credit-repair"), changes));
    }

    private static List<String> targets(BpmnModel model, String id) {
        return ((FlowNode) model.getMainProcess().getFlowElement(id, true)).getOutgoingFlows().stream()
                .map(SequenceFlow::getTargetRef).toList();
    }

    private static List<ValidationError> errors(BpmnModel model) {
        return new ProcessValidatorFactory().createDefaultProcessValidator().validate(model).stream()
                .filter(error -> !error.isWarning()).toList();
    }
}
