package com.credittown.workflows.design;

import com.credittown.workflows.template.TemplateLibrary;
import com.credittown.workflows.template.TemplateParameter;
import com.credittown.workflows.template.TemplateView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A city template as the designer opens it: its steps read from the template's BPMN, each marked locked when a
 * locked (legal) parameter governs it, beside the template's adjustable parameters from the template library.
 */
@Component
public class TemplateSteps {

    private final TemplateLibrary library;
    private final DesignLimits limits;

    TemplateSteps(TemplateLibrary library, DesignLimits limits) {
        this.library = library;
        this.limits = limits;
    }

    /** One step of a city template. */
    public record Step(String id, String name, String kind, List<String> candidateGroups, boolean locked,
                       String lockedBy, String basis) {
    }

    /** A template with its steps and the tenant's parameter values and limits. */
    public record Template(TemplateView template, List<Step> steps) {
    }

    public Template open(String processKey) {
        TemplateView template = library.template(processKey);
        Map<String, String> locks = limits.lockedTemplateSteps().getOrDefault(processKey, Map.of());
        var process = BpmnChecker.parse(read(processKey)).getMainProcess();
        List<Step> steps = process.findFlowElementsOfType(Activity.class, true).stream()
                .filter(a -> a instanceof UserTask || a instanceof ServiceTask)
                .map(activity -> {
                    String parameter = locks.get(activity.getId());
                    String basis = parameter == null ? null : template.parameters().stream()
                            .filter(p -> p.key().equals(parameter)).findFirst().map(TemplateParameter::basis)
                            .orElse(null);
                    return new Step(activity.getId(), activity.getName(),
                            activity instanceof UserTask ? "userTask" : "serviceTask",
                            activity instanceof UserTask task ? task.getCandidateGroups() : List.of(),
                            parameter != null, parameter, basis);
                })
                .toList();
        return new Template(template, steps);
    }

    private static String read(String processKey) {
        try (InputStream in = new ClassPathResource("templates/" + processKey + ".bpmn20.xml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
