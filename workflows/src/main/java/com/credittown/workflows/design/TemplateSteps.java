package com.credittown.workflows.design;

import com.credittown.workflows.template.LockedStep;
import com.credittown.workflows.template.OptionalStep;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.FieldProblem;
import com.credittown.workflows.form.LocalizedText;
import com.credittown.workflows.template.StepChanges;
import com.credittown.workflows.template.TemplateLibrary;
import com.credittown.workflows.template.TemplateStepRules;
import com.credittown.workflows.template.TemplateStructure;
import com.credittown.workflows.template.TemplateView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A city template as the designer opens it: its steps read from the template's BPMN, each marked locked (with its
 * basis) or optional as the city's structure data says, with the reason a removal would be refused (asked of
 * {@link TemplateStepRules#removal}, which the publication applies), and removed when the tenant's version leaves it
 * out; the positions where the tenant may insert its own steps, each anchored to the step it follows or precedes; the
 * tenant's parameter values, limits and step changes from the template library.
 */
@Component
@Allowed(Permission.DESIGN_READ)
public class TemplateSteps {

    private final TemplateLibrary library;

    TemplateSteps(TemplateLibrary library) {
        this.library = library;
    }

    /**
     * One step of a city template.
     *
     * @param removalRefused the problem code the publication answers a removal of this step with
     *                       ({@code locked-step}, {@code not-optional}), or null when the tenant may remove it
     */
    public record Step(String id, String name, String kind, List<String> candidateGroups, boolean locked,
                       String lockedBy, String basis, boolean optional, String removalRefused, boolean removed) {
    }

    /**
     * A position where the tenant may insert steps.
     *
     * @param anchor the listed step it is shown beside, or null
     * @param before whether it comes before the anchor (else after it)
     */
    public record Position(String flow, LocalizedText label, int maxWorkingDays, String deadlineLimit, String anchor,
                           boolean before) {
    }

    /** A template with its steps, its open positions, and the tenant's parameter values, limits and step changes. */
    public record Template(TemplateView template, List<Step> steps, List<Position> positions) {
    }

    public Template open(String processKey) {
        TemplateView template = library.template(processKey);
        TemplateStructure structure = template.structure();
        StepChanges changes = template.steps();
        Set<String> removed = new HashSet<>();
        for (String id : changes.removed()) {
            removed.add(id);
            OptionalStep optional = structure.optional().get(id);
            if (optional != null) {
                removed.addAll(optional.with());
            }
        }
        Process process = BpmnChecker.parse(read(processKey)).getMainProcess();
        Set<String> elements = new HashSet<>();
        process.findFlowElementsOfType(FlowElement.class, true).forEach(element -> elements.add(element.getId()));
        List<Step> steps = process.findFlowElementsOfType(Activity.class, true).stream()
                .filter(a -> a instanceof UserTask || a instanceof ServiceTask)
                .map(activity -> {
                    LockedStep lock = structure.locked().get(activity.getId());
                    return new Step(activity.getId(), activity.getName(),
                            activity instanceof UserTask ? "userTask" : "serviceTask",
                            activity instanceof UserTask task ? task.getCandidateGroups() : List.of(),
                            lock != null, lock == null ? null : lock.parameter(), lock == null ? null : lock.basis(),
                            structure.optional().containsKey(activity.getId()),
                            TemplateStepRules.removal(structure, elements, activity.getId()).map(FieldProblem::code)
                                    .orElse(null),
                            removed.contains(activity.getId()));
                })
                .toList();
        Set<String> listed = new HashSet<>();
        steps.forEach(step -> listed.add(step.id()));
        List<Position> positions = structure.positions().stream().map(position -> {
            SequenceFlow flow = (SequenceFlow) process.getFlowElement(position.flow(), true);
            boolean after = listed.contains(flow.getSourceRef());
            String anchor = after ? flow.getSourceRef() : listed.contains(flow.getTargetRef()) ? flow.getTargetRef() : null;
            return new Position(position.flow(), position.label(), position.maxWorkingDays(), position.deadlineLimit(),
                    anchor, !after);
        }).toList();
        return new Template(template, steps, positions);
    }

    private static String read(String processKey) {
        try (InputStream in = new ClassPathResource("templates/" + processKey + ".bpmn20.xml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
