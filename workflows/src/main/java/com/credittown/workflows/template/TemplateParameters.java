package com.credittown.workflows.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The parameters of every city template, as data: {@code templates/<process-key>.parameters.json}.
 * A case copies the values in force when it starts into its variables (named by the parameter keys), so
 * a running case keeps the periods it started with. These are the city's defaults only: what a tenant runs
 * (its published adaptation, within the limits, over these defaults) comes from {@link TemplateLibrary}.
 */
@Component
public class TemplateParameters {

    private final Map<String, List<TemplateParameter>> byProcess = new TreeMap<>();

    TemplateParameters(ObjectMapper json) {
        ObjectMapper strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:templates/*.parameters.json")) {
                try (InputStream in = resource.getInputStream()) {
                    ParameterFile file = strict.readValue(in, ParameterFile.class);
                    for (TemplateParameter parameter : file.parameters()) {
                        String problem = parameter.problem();
                        if (problem != null) {
                            throw new IllegalStateException(resource.getFilename() + ": " + problem);
                        }
                    }
                    byProcess.put(file.process(), List.copyOf(file.parameters()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template parameters", e);
        }
    }

    public List<TemplateParameter> of(String processKey) {
        return byProcess.getOrDefault(processKey, List.of());
    }

    /** The values a new case of this process starts with, by parameter key. */
    public Map<String, Object> caseVariables(String processKey) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TemplateParameter parameter : of(processKey)) {
            values.put(parameter.key(), parameter.defaultValue());
        }
        return values;
    }

    record ParameterFile(String process, @JsonProperty("parameters") List<TemplateParameter> parameters) {
    }
}
