package com.credittown.workflows.template;

import com.credittown.platform.calendar.WorkingDayBusinessCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.UserTask;
import org.springframework.core.io.ClassPathResource;

/**
 * A city template's BPMN as one tenant runs it: the city's file with the tenant's {@link StepChanges} applied through
 * Flowable's {@link BpmnModel}. An inserted step is a user task on its position's sequence flow (candidate group,
 * the opinion form, a {@code P<n>D} deadline on the working-day calendar); a removed optional step goes with the
 * elements the city names for it, its incoming flows led to where it led, or dropped when it ended a branch. The city
 * templates carry no diagram interchange and neither does the result, so nothing drawn can disagree with what runs.
 * Without changes the city's file is used byte for byte.
 */
final class TemplateBpmn {

    private TemplateBpmn() {
    }

    static byte[] city(CityTemplates.Template template) {
        try (InputStream in = new ClassPathResource(template.resource()).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + template.resource(), e);
        }
    }

    static BpmnModel parse(byte[] xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml), "UTF-8");
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A city template is not readable BPMN", e);
        }
    }

    /** The ids of every element of the template, in subprocesses too. */
    static Set<String> elementIds(BpmnModel model) {
        Set<String> ids = new LinkedHashSet<>();
        for (FlowElement element : model.getMainProcess().findFlowElementsOfType(FlowElement.class, true)) {
            ids.add(element.getId());
        }
        return ids;
    }

    static Set<String> flowIds(BpmnModel model) {
        Set<String> ids = new LinkedHashSet<>();
        model.getMainProcess().findFlowElementsOfType(SequenceFlow.class, true).forEach(f -> ids.add(f.getId()));
        return ids;
    }

    /** The BPMN the tenant runs; the city's bytes when there are no changes. */
    static byte[] adapt(byte[] city, TemplateStructure structure, StepChanges changes) {
        if (changes.isEmpty()) {
            return city;
        }
        BpmnModel model = parse(city);
        Process process = model.getMainProcess();
        for (String removed : changes.removed()) {
            remove(process, removed, structure.optional().get(removed));
        }
        Set<String> positions = new LinkedHashSet<>();
        changes.inserted().forEach(step -> positions.add(step.position()));
        for (String position : positions) {
            insert(process, position, changes.insertedAt(position));
        }
        model.getLocationMap().clear();
        model.getFlowLocationMap().clear();
        model.getLabelLocationMap().clear();
        return new BpmnXMLConverter().convertToXML(model, StandardCharsets.UTF_8.name());
    }

    private static void insert(Process process, String flowId, List<ExtraStep> steps) {
        SequenceFlow flow = (SequenceFlow) process.getFlowElement(flowId, true);
        FlowElementsContainer container = containerOf(process, flowId);
        FlowNode target = (FlowNode) process.getFlowElement(flow.getTargetRef(), true);
        target.getIncomingFlows().remove(flow);
        FlowNode previous = null;
        for (ExtraStep step : steps) {
            UserTask task = new UserTask();
            task.setId(step.id());
            task.setName(step.name());
            task.setCandidateGroups(new ArrayList<>(List.of(step.candidateGroup())));
            task.setFormKey(ExtraStep.FORM_KEY);
            task.setDueDate("P" + step.deadlineWorkingDays() + "D");
            task.setBusinessCalendarName(WorkingDayBusinessCalendar.NAME);
            task.setDocumentation("本镇街加签环节 (tenant step)");
            container.addFlowElement(task);
            if (previous == null) {
                flow.setTargetRef(task.getId());
                flow.setTargetFlowElement(task);
                task.getIncomingFlows().add(flow);
            } else {
                connect(container, previous, task);
            }
            previous = task;
        }
        connect(container, previous, target);
    }

    private static void connect(FlowElementsContainer container, FlowNode from, FlowNode to) {
        SequenceFlow flow = new SequenceFlow(from.getId(), to.getId());
        flow.setId(from.getId() + "_to_" + to.getId());
        flow.setSourceFlowElement(from);
        flow.setTargetFlowElement(to);
        container.addFlowElement(flow);
        from.getOutgoingFlows().add(flow);
        to.getIncomingFlows().add(flow);
    }

    /**
     * Removes an optional step with the elements that go with it and any boundary event on them. Flows into the group
     * from outside are led to where the group leads; a group that leads nowhere (it ends a parallel branch) takes its
     * incoming flows with it.
     */
    private static void remove(Process process, String stepId, OptionalStep optional) {
        FlowElementsContainer container = containerOf(process, stepId);
        Set<String> group = new HashSet<>();
        group.add(stepId);
        group.addAll(optional.with());
        for (FlowElement element : new ArrayList<>(container.getFlowElements())) {
            if (element instanceof BoundaryEvent boundary && group.contains(boundary.getAttachedToRefId())) {
                group.add(boundary.getId());
            }
        }
        List<SequenceFlow> flows = container.getFlowElements().stream()
                .filter(SequenceFlow.class::isInstance).map(SequenceFlow.class::cast).toList();
        List<SequenceFlow> in = flows.stream()
                .filter(f -> !group.contains(f.getSourceRef()) && group.contains(f.getTargetRef())).toList();
        Set<String> onwards = new LinkedHashSet<>();
        flows.stream().filter(f -> group.contains(f.getSourceRef()) && !group.contains(f.getTargetRef()))
                .forEach(f -> onwards.add(f.getTargetRef()));
        if (onwards.size() > 1) {
            throw new IllegalStateException(stepId + " leads to more than one place; the city data must name more");
        }
        for (SequenceFlow flow : flows) {
            if (group.contains(flow.getSourceRef()) || (onwards.isEmpty() && in.contains(flow))) {
                container.removeFlowElement(flow.getId());
                detach(process, flow);
            } else if (in.contains(flow)) {
                FlowNode target = (FlowNode) process.getFlowElement(onwards.iterator().next(), true);
                flow.setTargetRef(target.getId());
                flow.setTargetFlowElement(target);
                target.getIncomingFlows().add(flow);
            } else if (group.contains(flow.getTargetRef())) {
                container.removeFlowElement(flow.getId());
                detach(process, flow);
            }
        }
        group.forEach(container::removeFlowElement);
    }

    private static void detach(Process process, SequenceFlow flow) {
        if (process.getFlowElement(flow.getSourceRef(), true) instanceof FlowNode source) {
            source.getOutgoingFlows().remove(flow);
        }
        if (process.getFlowElement(flow.getTargetRef(), true) instanceof FlowNode target) {
            target.getIncomingFlows().remove(flow);
        }
    }

    private static FlowElementsContainer containerOf(Process process, String elementId) {
        if (process.getFlowElement(elementId) != null) {
            return process;
        }
        return process.findFlowElementsOfType(SubProcess.class, true).stream()
                .filter(sub -> sub.getFlowElement(elementId) != null).findFirst()
                .map(FlowElementsContainer.class::cast)
                .orElseThrow(() -> new IllegalStateException("No element " + elementId));
    }

    static boolean isStep(FlowElement element) {
        return element instanceof Activity && !(element instanceof SubProcess);
    }
}
