package com.credittown.platform.law;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the sources file ({@value Citations#SOURCES}) and the texts and excerpts it names from the class path. */
final class SourcesFile {

    private SourcesFile() {
    }

    static Citations read() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = resource(Citations.SOURCES)) {
            Map<String, Object> all = json.readValue(in, new TypeReference<>() {
            });
            List<LegalDocument> documents = json.convertValue(all.get("documents"), new TypeReference<>() {
            });
            List<LegalPoint> points = json.convertValue(all.get("points"), new TypeReference<>() {
            });
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, String> excerpts = new LinkedHashMap<>();
            for (LegalDocument d : documents) {
                if (d.hasText()) {
                    texts.put(d.id(), read(d.text()));
                }
                if (d.excerpt() != null) {
                    excerpts.put(d.id(), read(d.excerpt()));
                }
            }
            return new Citations(documents, points, texts, excerpts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + Citations.SOURCES, e);
        }
    }

    private static String read(String path) throws IOException {
        try (InputStream text = resource(path)) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = SourcesFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is not on the class path");
        }
        return in;
    }
}
