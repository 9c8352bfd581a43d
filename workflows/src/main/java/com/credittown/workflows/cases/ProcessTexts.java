package com.credittown.workflows.cases;

import com.credittown.workflows.form.LocalizedText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The names of the city templates and internal processes in Chinese and English, read from the
 * {@code *.names.json} beside each BPMN ({@code templates/}, {@code internal-processes/}): the process's name and
 * every named BPMN element's, keyed by element id. Data, not code: a new step gets its English name in the file
 * ({@code ProcessTextsUnitTest} fails the build otherwise).
 */
@org.springframework.stereotype.Component
class ProcessTexts {

    static final String[] LOCATIONS = {"classpath*:templates/*.names.json", "classpath*:internal-processes/*.names.json"};
    private static final String SUFFIX = ".names.json";

    private final Map<String, LocalizedText> processes = new HashMap<>();
    private final Map<String, Map<String, LocalizedText>> steps = new HashMap<>();
    private final Map<String, Map<String, Map<String, Map<String, String>>>> values = new HashMap<>();

    ProcessTexts(ObjectMapper json) {
        try {
            for (String location : LOCATIONS) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                    read(json, resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the process names", e);
        }
    }

    private void read(ObjectMapper json, Resource resource) throws IOException {
        String file = resource.getFilename();
        String processKey = file.substring(0, file.length() - SUFFIX.length());
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = json.readTree(in);
            processes.put(processKey, text(root.path("process")));
            Map<String, LocalizedText> byStep = new HashMap<>();
            Map<String, Map<String, Map<String, String>>> valuesByStep = new HashMap<>();
            root.path("steps").fields().forEachRemaining(step -> {
                byStep.put(step.getKey(), text(step.getValue()));
                Map<String, Map<String, String>> byExpression = new HashMap<>();
                step.getValue().path("values").fields().forEachRemaining(expression -> {
                    Map<String, String> english = new HashMap<>();
                    expression.getValue().fields().forEachRemaining(v -> english.put(v.getKey(), v.getValue().asText()));
                    byExpression.put(expression.getKey(), Map.copyOf(english));
                });
                valuesByStep.put(step.getKey(), Map.copyOf(byExpression));
            });
            steps.put(processKey, Map.copyOf(byStep));
            values.put(processKey, Map.copyOf(valuesByStep));
        }
    }

    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(node.path("zh").asText(null), node.path("en").asText(null));
    }

    Optional<LocalizedText> process(String processKey) {
        return Optional.ofNullable(processKey == null ? null : processes.get(processKey));
    }

    Optional<LocalizedText> step(String processKey, String stepKey) {
        if (processKey == null || stepKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(steps.getOrDefault(processKey, Map.of()).get(stepKey));
    }

    /** Every named step of a process, by element id (empty for a process without a names file). */
    Map<String, LocalizedText> steps(String processKey) {
        return processKey == null ? Map.of() : steps.getOrDefault(processKey, Map.of());
    }

    /**
     * The English of the values a step's {@code ${...}} part may take (e.g. a notice's kind 督办 → supervision request),
     * from the step's optional {@code "values": {"${expression}": {"zh": "en"}}}; empty when the file names none.
     */
    Map<String, Map<String, String>> values(String processKey, String stepKey) {
        return values.getOrDefault(processKey, Map.of()).getOrDefault(stepKey, Map.of());
    }

    /** The process keys that have names: the city templates and internal processes. */
    java.util.Set<String> processKeys() {
        return processes.keySet();
    }
}
