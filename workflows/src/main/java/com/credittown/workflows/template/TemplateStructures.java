package com.credittown.workflows.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flowable.bpmn.model.BpmnModel;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The city's structure data of every template ({@code templates/<process>.steps.json}), checked against the
 * template's BPMN and parameters at start-up: a lock, an optional step or a position that names nothing is a data
 * error the city hears about at once, not a surprise at publication.
 */
@Component
class TemplateStructures {

    private final Map<String, TemplateStructure> byProcess = new TreeMap<>();

    TemplateStructures(ObjectMapper json, TemplateParameters parameters) {
        ObjectMapper strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (CityTemplates.Template template : CityTemplates.ALL) {
            ClassPathResource resource = new ClassPathResource("templates/" + template.name() + ".steps.json");
            TemplateStructure structure = TemplateStructure.fixed(template.name());
            if (resource.exists()) {
                try (InputStream in = resource.getInputStream()) {
                    structure = strict.readValue(in, TemplateStructure.class);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + resource.getPath(), e);
                }
            }
            List<String> problems = problems(structure, TemplateBpmn.parse(TemplateBpmn.city(template)),
                    parameters.of(template.name()).stream().map(TemplateParameter::key).toList());
            if (!problems.isEmpty()) {
                throw new IllegalStateException(resource.getPath() + ": " + String.join("; ", problems));
            }
            byProcess.put(template.name(), structure);
        }
    }

    TemplateStructure of(String processKey) {
        return byProcess.getOrDefault(processKey, TemplateStructure.fixed(processKey));
    }

    static List<String> problems(TemplateStructure structure, BpmnModel model, List<String> parameterKeys) {
        Set<String> elements = TemplateBpmn.elementIds(model);
        Set<String> flows = TemplateBpmn.flowIds(model);
        List<String> problems = new ArrayList<>();
        structure.locked().forEach((id, lock) -> {
            if (!elements.contains(id)) {
                problems.add("locked step " + id + " is not in the template");
            }
            if (lock.basis() == null || lock.basis().isBlank()) {
                problems.add("locked step " + id + " needs its legal basis");
            }
            if (lock.parameter() != null && !parameterKeys.contains(lock.parameter())) {
                problems.add("locked step " + id + " names an unknown parameter " + lock.parameter());
            }
        });
        structure.optional().forEach((id, optional) -> {
            if (structure.locked().containsKey(id)) {
                problems.add(id + " is both locked and optional");
            }
            if (!elements.contains(id) || !elements.containsAll(optional.with())) {
                problems.add("optional step " + id + " or what goes with it is not in the template");
            }
        });
        for (Position position : structure.positions()) {
            if (!flows.contains(position.flow())) {
                problems.add("position " + position.flow() + " is not a sequence flow of the template");
            }
            if (structure.forbiddenPositions().containsKey(position.flow())) {
                problems.add("position " + position.flow() + " is both open and forbidden");
            }
            if (position.maxWorkingDays() < 1) {
                problems.add("position " + position.flow() + " needs a maximum deadline of at least 1");
            }
            if (position.deadlineLimit() != null && structure.deadlineLimits().stream()
                    .noneMatch(limit -> limit.id().equals(position.deadlineLimit()))) {
                problems.add("position " + position.flow() + " names an unknown deadline limit");
            }
        }
        structure.forbiddenPositions().forEach((flow, basis) -> {
            if (!flows.contains(flow)) {
                problems.add("forbidden position " + flow + " is not a sequence flow of the template");
            }
        });
        for (DeadlineLimit limit : structure.deadlineLimits()) {
            if (!parameterKeys.containsAll(limit.parameters())) {
                problems.add("deadline limit " + limit.id() + " names an unknown parameter");
            }
        }
        return problems;
    }
}
