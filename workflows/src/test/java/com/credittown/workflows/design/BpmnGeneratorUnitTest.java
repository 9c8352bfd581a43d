package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.junit.jupiter.api.Test;

class BpmnGeneratorUnitTest {

    @Test
    void anApprovalBecomesAUserTaskWithGroupFormKeyAndAWorkingDayDueDate() {
        String xml = BpmnGenerator.generate("simple-approval", 1, SampleDesigns.oneApproval());
        Process process = BpmnChecker.parse(xml).getMainProcess();

        UserTask review = (UserTask) process.getFlowElement("review");
        assertThat(review.getName()).isEqualTo("科室审核");
        assertThat(review.getCandidateGroups()).containsExactly("officer");
        assertThat(review.getFormKey()).isEqualTo("design:simple-approval@1:review");
        assertThat(review.getDueDate()).isEqualTo("P3D");
        assertThat(review.getBusinessCalendarName()).isEqualTo("workingDays");
        assertThat(((org.flowable.bpmn.model.StartEvent) process.getFlowElement("start")).getFormKey())
                .isEqualTo("design:simple-approval@1:start");
    }

    @Test
    void blocksBecomeGatewaysWithConditionsAndADefaultFlowAndCopyToAServiceTask() {
        Process process = BpmnChecker.parse(BpmnGenerator.generate("subsidy", 2, SampleDesigns.everyKind()))
                .getMainProcess();

        ExclusiveGateway split = (ExclusiveGateway) process.getFlowElement("byAmount_split");
        assertThat(split.getOutgoingFlows()).hasSize(2);
        SequenceFlow big = split.getOutgoingFlows().stream().filter(f -> f.getConditionExpression() != null)
                .findFirst().orElseThrow();
        assertThat(big.getConditionExpression()).isEqualTo(
                "${designConditions.test(execution.getVariable('amount'), 'GREATER_THAN', '10000')}");
        assertThat(split.getDefaultFlow()).isNotNull().isNotEqualTo(big.getId());
        assertThat(process.getFlowElement("joint_split")).isInstanceOf(ParallelGateway.class);
        assertThat(((ParallelGateway) process.getFlowElement("joint_join")).getIncomingFlows()).hasSize(2);
        assertThat(((UserTask) process.getFlowElement("tax")).getCandidateGroups()).containsExactly("department:tax");
        assertThat(((UserTask) process.getFlowElement("admin")).getAssignee()).isEqualTo("humen.admin");
        assertThat(((ServiceTask) process.getFlowElement("notifyCity")).getImplementation())
                .isEqualTo("${designCopyTo}");
    }

    @Test
    void theOutputIsDeterministicAndCarriesADiagramForEveryElement() {
        String once = BpmnGenerator.generate("subsidy", 2, SampleDesigns.everyKind());
        String again = BpmnGenerator.generate("subsidy", 2, SampleDesigns.everyKind());
        assertThat(once).isEqualTo(again);

        BpmnModel model = BpmnChecker.parse(once);
        Process process = model.getMainProcess();
        process.getFlowElements().forEach(element -> {
            if (element instanceof SequenceFlow flow) {
                assertThat(model.getFlowLocationGraphicInfo(flow.getId())).as(flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            } else {
                assertThat(model.getGraphicInfo(element.getId())).as(element.getId()).isNotNull();
            }
        });
        // the two parallel reviews sit side by side, below the split
        assertThat(model.getGraphicInfo("tax").getY()).isEqualTo(model.getGraphicInfo("market").getY());
        assertThat(model.getGraphicInfo("tax").getX()).isLessThan(model.getGraphicInfo("market").getX());
    }

    @Test
    void generatedBpmnPassesTheModelersOwnCheck() {
        DesignModel model = SampleDesigns.everyKind();
        String xml = BpmnGenerator.generate("subsidy", 2, model);
        assertThat(new BpmnChecker(SampleDesigns.LIMITS).check("subsidy", model, xml)).isEmpty();
    }
}
