package com.credittown.workflows.design;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.Association;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TextAnnotation;
import org.flowable.bpmn.model.UserTask;

/**
 * Checks the BPMN of a design before it is stored or deployed, whether generated from the chain or saved from the
 * modeler, in two steps on what the engine will actually read. First {@link BpmnAllowList} on the XML: only the
 * designer's elements and attributes, and no expression but the designer's own. Then, on Flowable's parsed
 * {@link BpmnModel}: one executable process with the design's key; user tasks with someone to do them, a form of this
 * design and a deadline in working days within the city's limit; service tasks only as copy-to steps of the design;
 * conditions only on the design's fields; and, in case a parser reads something the first step did not see, nothing
 * in the model that the engine would evaluate or run beyond those.
 */
public final class BpmnChecker {

    /** Far above any designed diagram (a 40-step design with its layout is about 40 kB). */
    static final int MAX_CHARACTERS = 500_000;

    private final DesignLimits limits;

    public BpmnChecker(DesignLimits limits) {
        this.limits = limits;
    }

    /** Parses BPMN text into Flowable's model exactly as a deployment does (no DTD, no external entities); null if it is not BPMN. */
    public static BpmnModel parse(String xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        } catch (Exception e) {
            return null;
        }
    }

    public List<DesignProblem> check(String processKey, DesignModel model, String xml) {
        if (xml == null || xml.isBlank()) {
            return List.of(new DesignProblem("bpmn", "malformed", "the diagram is empty"));
        }
        if (xml.length() > MAX_CHARACTERS) {
            return List.of(new DesignProblem("bpmn", "too-large", "the diagram has " + xml.length()
                    + " characters, more than the " + MAX_CHARACTERS + " a designed process may have"));
        }
        List<DesignProblem> problems = BpmnAllowList.check(xml);
        if (!problems.isEmpty()) {
            return problems;
        }
        BpmnModel bpmn = parse(xml);
        if (bpmn == null || bpmn.getProcesses().size() != 1) {
            return List.of(new DesignProblem("bpmn", "malformed", "the diagram is not BPMN 2.0 with exactly one process"));
        }
        return checkModel(processKey, model, bpmn);
    }

    /** The checks on the parsed model (package-private so that a test can hand it a model no XML check lets through). */
    List<DesignProblem> checkModel(String processKey, DesignModel model, BpmnModel bpmn) {
        List<DesignProblem> problems = new ArrayList<>();
        Process process = bpmn.getProcesses().get(0);
        if (!processKey.equals(process.getId())) {
            problems.add(new DesignProblem("bpmn", "process-id", "the process id must stay '" + processKey + "'"));
        }
        beyondTheDesigner(bpmn, process, problems);
        for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
            checkElement(processKey, model, element, problems);
        }
        return problems;
    }

    private void checkElement(String processKey, DesignModel model, FlowElement element, List<DesignProblem> problems) {
        String id = element.getId();
        for (Map.Entry<String, String> read : evaluated(element).entrySet()) {
            if (DesignGrammar.hasExpression(read.getValue()) && !isTheDesigners(element, read.getKey(), read.getValue())) {
                problems.add(DesignProblem.step(id, "expression-not-allowed", "'" + id + "': the engine would evaluate "
                        + read.getKey() + " \"" + read.getValue() + "\", which is not an expression the designer writes"));
            }
        }
        if (element instanceof ServiceTask service) {
            Optional<DesignStep> copy = model.step(id).filter(step -> step.kind() == StepKind.COPY_TO);
            if (!"delegateExpression".equals(service.getImplementationType())
                    || !DesignGrammar.COPY_TO_DELEGATE.equals(service.getImplementation()) || copy.isEmpty()) {
                problems.add(DesignProblem.step(id, "service-not-allowed", "a service task may only be a copy-to step of "
                        + "the design (" + DesignGrammar.COPY_TO_DELEGATE + " on the id of a copy-to step)"));
            }
        } else if (element instanceof UserTask task) {
            checkUserTask(processKey, model, task, problems);
        } else if (element instanceof SequenceFlow flow && flow.getConditionExpression() != null) {
            DesignGrammar.parseCondition(flow.getConditionExpression())
                    .filter(condition -> model.field(condition.field()).isEmpty())
                    .ifPresent(condition -> problems.add(DesignProblem.step(id, "condition-on-missing-field",
                            "the condition is on '" + condition.field() + "', which is not a field of the form")));
        }
    }

    private void checkUserTask(String processKey, DesignModel model, UserTask task, List<DesignProblem> problems) {
        String id = task.getId();
        if (task.getCandidateGroups().isEmpty() && (task.getAssignee() == null || task.getAssignee().isBlank())) {
            problems.add(DesignProblem.step(id, "missing-assignee",
                    "the user task has no flowable:candidateGroups and no flowable:assignee"));
        }
        Optional<String> formStep = DesignGrammar.formStep(processKey, task.getFormKey());
        if (formStep.isEmpty()) {
            problems.add(DesignProblem.step(id, "missing-form-key", "the user task has no flowable:formKey of this "
                    + "design (design:" + processKey + ":<step>)"));
        } else if (model.step(formStep.get()).isEmpty()) {
            problems.add(DesignProblem.step(id, "unknown-form-key", "the form key " + task.getFormKey()
                    + " names no step of the design's forms"));
        }
        Optional<Integer> days = DesignGrammar.workingDays(task.getDueDate());
        if (days.isEmpty() || !DesignGrammar.CALENDAR.equals(task.getBusinessCalendarName())) {
            problems.add(DesignProblem.step(id, "missing-due-date", "the user task needs flowable:dueDate=\"PnD\" "
                    + "with flowable:businessCalendarName=\"" + DesignGrammar.CALENDAR + "\""));
        } else if (days.get() > limits.maxDeadlineWorkingDays()) {
            problems.add(DesignProblem.step(id, "deadline-above-limit", days.get()
                    + " working days is longer than the city's limit of " + limits.maxDeadlineWorkingDays()
                    + " working days (" + limits.basis() + ")"));
        }
    }

    /** The only places an expression may stand, and only as the generator writes it. */
    private static boolean isTheDesigners(FlowElement element, String what, String value) {
        return element instanceof SequenceFlow && "the condition".equals(what)
                ? DesignGrammar.parseCondition(value).isPresent()
                : element instanceof ServiceTask && "the delegate".equals(what)
                && DesignGrammar.COPY_TO_DELEGATE.equals(value);
    }

    /** Every text of a designer's element that the engine evaluates as an expression when it runs it. */
    private static Map<String, String> evaluated(FlowElement element) {
        Map<String, String> read = new LinkedHashMap<>();
        read.put("the name", element.getName());
        read.put("the documentation", element.getDocumentation());
        if (element instanceof UserTask task) {
            read.put("the assignee", task.getAssignee());
            read.put("the candidate groups", String.join(",", task.getCandidateGroups()));
            read.put("the form key", task.getFormKey());
            read.put("the due date", task.getDueDate());
            read.put("the business calendar", task.getBusinessCalendarName());
        } else if (element instanceof ServiceTask service) {
            read.put("the delegate", service.getImplementation());
        } else if (element instanceof SequenceFlow flow) {
            read.put("the condition", flow.getConditionExpression());
        } else if (element instanceof StartEvent start) {
            read.put("the form key", start.getFormKey());
        }
        read.values().removeIf(v -> v == null);
        return read;
    }

    /**
     * Anything the parsed model holds that the designer never writes. The XML check admits none of it; this is the
     * second line, should a parser ever read the same text differently.
     */
    private static void beyondTheDesigner(BpmnModel bpmn, Process process, List<DesignProblem> problems) {
        Map<String, Boolean> definitions = new LinkedHashMap<>();
        definitions.put("signals", !bpmn.getSignals().isEmpty());
        definitions.put("messages", !bpmn.getMessages().isEmpty());
        definitions.put("errors", !bpmn.getErrors().isEmpty());
        definitions.put("escalations", !bpmn.getEscalations().isEmpty());
        definitions.put("data stores", !bpmn.getDataStores().isEmpty());
        definitions.put("pools", !bpmn.getPools().isEmpty());
        definitions.put("imports or interfaces", !bpmn.getImports().isEmpty() || !bpmn.getInterfaces().isEmpty());
        definitions.put("process listeners", !process.getExecutionListeners().isEmpty()
                || !process.getEventListeners().isEmpty());
        definitions.put("data objects", !process.getDataObjects().isEmpty());
        definitions.put("lanes", !process.getLanes().isEmpty());
        definitions.put("candidate starters", !process.getCandidateStarterUsers().isEmpty()
                || !process.getCandidateStarterGroups().isEmpty());
        definitions.put("artifacts other than text annotations", process.getArtifacts().stream()
                .anyMatch(a -> !(a instanceof TextAnnotation) && !(a instanceof Association)));
        definitions.put("extensions", !process.getExtensionElements().isEmpty() || !process.getAttributes().isEmpty());
        definitions.forEach((what, present) -> {
            if (present) {
                problems.add(new DesignProblem("step:" + process.getId(), "element-not-allowed",
                        "the diagram declares " + what + ", which the designer never writes"));
            }
        });
        for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
            String extra = extra(element);
            if (extra != null) {
                problems.add(DesignProblem.step(element.getId(), "element-not-allowed", "'" + element.getId()
                        + "' has " + extra + ", which the designer never writes"));
            }
        }
    }

    private static String extra(FlowElement element) {
        boolean designers = element instanceof UserTask || element instanceof ServiceTask
                || element instanceof ExclusiveGateway || element instanceof ParallelGateway
                || element instanceof SequenceFlow || element instanceof StartEvent || element instanceof EndEvent;
        if (!designers) {
            return "the type " + element.getClass().getSimpleName();
        }
        if (!element.getExecutionListeners().isEmpty()) {
            return "execution listeners";
        }
        if (hasExtensions(element)) {
            return "extension elements or attributes";
        }
        if (element instanceof Event event && !event.getEventDefinitions().isEmpty()) {
            return "event definitions (timers, messages, signals...)";
        }
        if (element instanceof Activity activity && (activity.getLoopCharacteristics() != null
                || !activity.getBoundaryEvents().isEmpty() || !activity.getDataInputAssociations().isEmpty()
                || !activity.getDataOutputAssociations().isEmpty())) {
            return "multi-instance, boundary events or data associations";
        }
        if (element instanceof UserTask task && (!task.getTaskListeners().isEmpty() || !task.getFormProperties().isEmpty()
                || !task.getCandidateUsers().isEmpty() || task.getOwner() != null || task.getPriority() != null
                || task.getCategory() != null || task.getSkipExpression() != null
                || !task.getCustomUserIdentityLinks().isEmpty() || !task.getCustomGroupIdentityLinks().isEmpty())) {
            return "task listeners, form properties, owners, priorities, categories or skip expressions";
        }
        if (element instanceof ServiceTask service && (!service.getFieldExtensions().isEmpty()
                || service.getSkipExpression() != null || service.getResultVariableName() != null
                || service.getType() != null)) {
            return "field injection, a skip expression, a result variable or a type";
        }
        if (element instanceof SequenceFlow flow && flow.getSkipExpression() != null) {
            return "a skip expression";
        }
        if (element instanceof StartEvent start && (!start.getFormProperties().isEmpty() || start.getInitiator() != null)) {
            return "form properties or an initiator";
        }
        return null;
    }

    private static boolean hasExtensions(BaseElement element) {
        return !element.getExtensionElements().isEmpty() || !element.getAttributes().isEmpty();
    }
}
