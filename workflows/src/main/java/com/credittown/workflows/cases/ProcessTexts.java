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
            root.path("steps").fields().forEachRemaining(step -> byStep.put(step.getKey(), text(step.getValue())));
            steps.put(processKey, Map.copyOf(byStep));
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

    /** The process keys that have names: the city templates and internal processes. */
    java.util.Set<String> processKeys() {
        return processes.keySet();
    }
}
