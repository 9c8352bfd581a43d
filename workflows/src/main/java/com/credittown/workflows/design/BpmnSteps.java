package com.credittown.workflows.design;

import com.credittown.platform.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;

/**
 * The steps a diagram holds, as the designer's steps: each user task an approval (its name, assignee, deadline, and
 * the fields of the form its form key names), each copy-to service task a copy-to. Versions authored in the modeler
 * are compared through this view, so a task inserted in the diagram shows up as an added step.
 */
final class BpmnSteps {

    private static final String DEPARTMENT = Roles.departmentGroup("");

    private BpmnSteps() {
    }

    /** The design's forms with the steps found in the diagram, flat, in the diagram's order. */
    static DesignModel asModel(DesignModel forms, String xml) {
        BpmnModel bpmn = BpmnChecker.parse(xml);
        List<DesignStep> steps = new ArrayList<>();
        if (bpmn != null && !bpmn.getProcesses().isEmpty()) {
            for (Activity activity : bpmn.getMainProcess().findFlowElementsOfType(Activity.class, true)) {
                if (activity instanceof UserTask task) {
                    DesignStep form = formStep(forms, task.getFormKey());
                    List<String> editable = form == null ? List.of() : form.editableFields();
                    List<String> visible = form == null ? List.of() : form.visibleFields();
                    steps.add(new DesignStep(task.getId(), StepKind.APPROVAL, task.getName(),
                            assignee(task), days(task.getDueDate()), visible, editable, List.of()));
                } else if (activity instanceof ServiceTask service) {
                    DesignStep copy = forms.step(service.getId()).orElse(null);
                    steps.add(DesignStep.copyTo(service.getId(), service.getName(),
                            copy == null ? null : copy.assignee()));
                }
            }
        }
        return new DesignModel(forms.name(), forms.fields(), forms.startFields(), steps);
    }

    private static DesignStep formStep(DesignModel forms, String formKey) {
        if (formKey == null || formKey.lastIndexOf(':') < 0) {
            return null;
        }
        return forms.step(formKey.substring(formKey.lastIndexOf(':') + 1)).orElse(null);
    }

    private static Assignee assignee(UserTask task) {
        if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
            return new Assignee(AssigneeKind.USER, task.getAssignee().strip());
        }
        List<String> groups = task.getCandidateGroups();
        if (groups.size() == 1 && groups.get(0).startsWith(DEPARTMENT)) {
            return new Assignee(AssigneeKind.DEPARTMENT, groups.get(0).substring(DEPARTMENT.length()));
        }
        return groups.isEmpty() ? null : new Assignee(AssigneeKind.ROLE, String.join(", ", groups));
    }

    private static Integer days(String dueDate) {
        return DesignGrammar.workingDays(dueDate).orElse(null);
    }
}
