package com.credittown.workflows.form;

import com.credittown.platform.web.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The form definitions shipped with the city templates ({@code classpath:forms/*.json}). */
@Component
public class FormDefinitions {

    private final Map<String, FormDefinition> byKey = new TreeMap<>();
    private final org.springframework.beans.factory.ObjectProvider<FormSource> sources;

    FormDefinitions(ObjectMapper json, org.springframework.beans.factory.ObjectProvider<FormSource> sources) {
        this.sources = sources;
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.json");
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    FormDefinition form = json.readValue(in, FormDefinition.class);
                    if (byKey.putIfAbsent(form.key(), form) != null) {
                        throw new IllegalStateException("Two form definitions have the key " + form.key());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form definitions", e);
        }
    }

    public Optional<FormDefinition> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        FormDefinition shipped = byKey.get(key);
        if (shipped != null) {
            return Optional.of(shipped);
        }
        return sources.orderedStream().map(source -> source.find(key)).flatMap(Optional::stream).findFirst();
    }

    public FormDefinition require(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("Unknown form", "No form '" + key + "' exists."));
    }
}
