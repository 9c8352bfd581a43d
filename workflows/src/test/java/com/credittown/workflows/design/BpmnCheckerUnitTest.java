package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What the modeler really writes passes (diagrams saved by bpmn-js 18.31.1 in headless Chromium, kept as test
 * resources), and the second line of the check, on Flowable's parsed model, refuses what the XML check would have to
 * miss first: models built here with the parts the designer never writes.
 */
class BpmnCheckerUnitTest {

    private final BpmnChecker checker = new BpmnChecker(SampleDesigns.LIMITS);

    @Test
    void aDiagramAsBpmnJsSavesItPasses() throws IOException {
        assertThat(checker.check(HandEditedBpmn.KEY, SampleDesigns.everyKind(),
                modeler("legal-check-saved-by-bpmn-js.bpmn20.xml"))).isEmpty();
    }

    @Test
    void whatBpmnJsAddsWhenDrawingIsAdmittedAndOnlyTheNewTasksMissingPartsAreNamed() throws IOException {
        // incoming/outgoing, a text annotation and its association, labels, bioc: and color: colours
        assertThat(checker.check(HandEditedBpmn.KEY, SampleDesigns.everyKind(), modeler("drawn-in-bpmn-js.bpmn20.xml")))
                .extracting(DesignProblem::target, DesignProblem::code)
                .containsExactly(tuple("step:Activity_093hyu2", "missing-form-key"),
                        tuple("step:Activity_093hyu2", "missing-due-date"));
    }

    @Test
    void theModelCheckRefusesListenersFieldInjectionAndExpressionsTheXmlCheckWouldHaveMissed() {
        BpmnModel model = BpmnChecker.parse(HandEditedBpmn.generated());
        UserTask review = (UserTask) model.getMainProcess().getFlowElement("review");
        FlowableListener listener = new FlowableListener();
        listener.setEvent("create");
        listener.setImplementation("${environment.getProperty('x')}");
        review.setTaskListeners(List.of(listener));
        review.setAssignee("${environment.getProperty('x')}");
        ServiceTask copy = (ServiceTask) model.getMainProcess().getFlowElement("notifyCity");
        FieldExtension field = new FieldExtension();
        field.setFieldName("recipient");
        field.setExpression("${environment}");
        copy.setFieldExtensions(List.of(field));
        SequenceFlow large = model.getMainProcess().findFlowElementsOfType(SequenceFlow.class).stream()
                .filter(f -> f.getConditionExpression() != null).findFirst().orElseThrow();
        large.setSkipExpression("${true}");

        assertThat(checker.checkModel(HandEditedBpmn.KEY, SampleDesigns.everyKind(), model))
                .extracting(DesignProblem::target, DesignProblem::code)
                .contains(tuple("step:review", "element-not-allowed"), tuple("step:review", "expression-not-allowed"),
                        tuple("step:notifyCity", "element-not-allowed"), tuple("step:" + large.getId(),
                                "element-not-allowed"));
    }

    @Test
    void aCopyToMustBeACopyToStepOfTheDesign() {
        String xml = HandEditedBpmn.generated().replace("<serviceTask id=\"notifyCity\"", "<serviceTask id=\"elsewhere\"")
                .replace("\"notifyCity\"", "\"elsewhere\"");
        assertThat(checker.check(HandEditedBpmn.KEY, SampleDesigns.everyKind(), xml))
                .extracting(DesignProblem::target, DesignProblem::code)
                .containsExactly(tuple("step:elsewhere", "service-not-allowed"));
    }

    private static String modeler(String file) throws IOException {
        return Files.readString(Path.of("src/test/resources/design/modeler", file), StandardCharsets.UTF_8);
    }
}
