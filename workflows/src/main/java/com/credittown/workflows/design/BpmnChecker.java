package com.credittown.workflows.design;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;

/**
 * Checks BPMN saved from the modeler before it is stored or deployed: it parses, has one executable process with the
 * design's key, runs no scripts, calls no expression the generator would not write, and each user task carries what
 * the engine needs here (a candidate group or assignee, a form key of this design, a due date in working days).
 */
public final class BpmnChecker {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*}");
    private static final Pattern ALLOWED_EXPRESSION = Pattern.compile(
            "\\$\\{designConditions\\.test\\(execution\\.getVariable\\('[A-Za-z][A-Za-z0-9_-]{0,39}'\\), "
                    + "'(EQUALS|GREATER_THAN|LESS_THAN|IS_EMPTY)', '[^'\"\\\\{}$#<>&]{0,100}'\\)}"
                    + "|" + Pattern.quote(BpmnGenerator.COPY_TO_DELEGATE));
    private static final Pattern CODE = Pattern.compile(
            "<(\\w+:)?script\\b|\\w+:class\\s*=|\\w+:(taskListener|executionListener|eventListener)\\b");
    private static final Pattern DUE = Pattern.compile("P(\\d{1,3})D");

    private final DesignLimits limits;

    public BpmnChecker(DesignLimits limits) {
        this.limits = limits;
    }

    /** Parses BPMN text into Flowable's model; null if it is not BPMN. */
    public static BpmnModel parse(String xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        } catch (Exception e) {
            return null;
        }
    }

    public List<DesignProblem> check(String processKey, DesignModel model, String xml) {
        List<DesignProblem> problems = new ArrayList<>();
        if (xml == null || xml.isBlank() || xml.length() > 500_000) {
            problems.add(new DesignProblem("bpmn", "malformed", "the diagram is empty or larger than 500 kB"));
            return problems;
        }
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            problems.add(new DesignProblem("bpmn", "malformed", "the diagram may not declare a DTD or entities"));
            return problems;
        }
        Matcher code = CODE.matcher(xml);
        while (code.find()) {
            problems.add(new DesignProblem("bpmn", "script-not-allowed", "'" + code.group()
                    + "' would run code: scripts, classes and listeners are not allowed"));
        }
        Matcher expressions = EXPRESSION.matcher(xml);
        while (expressions.find()) {
            if (!ALLOWED_EXPRESSION.matcher(expressions.group()).matches()) {
                problems.add(new DesignProblem("bpmn", "expression-not-allowed", "the expression "
                        + expressions.group() + " is not one the designer writes; expressions are not allowed"));
            }
        }
        BpmnModel bpmn = parse(xml);
        if (bpmn == null || bpmn.getProcesses().size() != 1) {
            problems.add(new DesignProblem("bpmn", "malformed", "the diagram is not BPMN 2.0 with exactly one process"));
            return problems;
        }
        Process process = bpmn.getProcesses().get(0);
        if (!processKey.equals(process.getId())) {
            problems.add(new DesignProblem("bpmn", "process-id", "the process id must stay '" + processKey + "'"));
        }
        for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
            checkElement(processKey, model, element, problems);
        }
        return problems;
    }

    private void checkElement(String processKey, DesignModel model, FlowElement element, List<DesignProblem> problems) {
        String id = element.getId();
        if (element instanceof ScriptTask) {
            problems.add(DesignProblem.step(id, "script-not-allowed", "script tasks are not allowed"));
        } else if (element instanceof ServiceTask service) {
            if (!BpmnGenerator.COPY_TO_DELEGATE.equals(service.getImplementation())) {
                problems.add(DesignProblem.step(id, "service-not-allowed",
                        "a service task may only be a copy-to (" + BpmnGenerator.COPY_TO_DELEGATE + ")"));
            }
        } else if (element instanceof UserTask task) {
            if (task.getCandidateGroups().isEmpty() && (task.getAssignee() == null || task.getAssignee().isBlank())) {
                problems.add(DesignProblem.step(id, "missing-assignee",
                        "the user task has no flowable:candidateGroups and no flowable:assignee"));
            }
            String prefix = "design:" + processKey;
            String formKey = task.getFormKey();
            if (formKey == null || !formKey.startsWith(prefix)) {
                problems.add(DesignProblem.step(id, "missing-form-key", "the user task has no flowable:formKey of this design"));
            } else if (model.step(formKey.substring(formKey.lastIndexOf(':') + 1)).isEmpty()) {
                problems.add(DesignProblem.step(id, "unknown-form-key", "the form key " + formKey
                        + " names no step of the design's forms"));
            }
            Matcher due = task.getDueDate() == null ? null : DUE.matcher(task.getDueDate());
            if (due == null || !due.matches() || !"workingDays".equals(task.getBusinessCalendarName())) {
                problems.add(DesignProblem.step(id, "missing-due-date", "the user task needs flowable:dueDate=\"PnD\" "
                        + "with flowable:businessCalendarName=\"workingDays\""));
            } else if (Integer.parseInt(due.group(1)) > limits.maxDeadlineWorkingDays()) {
                problems.add(DesignProblem.step(id, "deadline-above-limit", due.group(1)
                        + " working days is longer than the legal limit of " + limits.maxDeadlineWorkingDays()
                        + " working days (" + limits.basis() + ")"));
            }
        }
    }
}
