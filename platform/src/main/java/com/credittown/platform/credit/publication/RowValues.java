package com.credittown.platform.credit.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The values of a row as stored with an error or a job's header: a JSON array of strings, at most {@value #MAX_VALUES}
 * values of at most {@value #MAX_LENGTH} characters each, and at most {@value #MAX_JSON} characters in all (a row
 * rejected for its width may have thousands of fields; the last ones are left out).
 */
final class RowValues {

    static final int MAX_VALUES = 30;
    static final int MAX_LENGTH = 600;
    static final int MAX_JSON = 16000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private RowValues() {
    }

    static String encode(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<String> kept = values.stream().limit(MAX_VALUES)
                .map(v -> v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH - 1) + "…" : v).toList();
        try {
            String json = JSON.writeValueAsString(kept);
            while (json.length() > MAX_JSON) {
                kept = kept.subList(0, kept.size() - 1);
                json = JSON.writeValueAsString(kept);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings are always JSON", e);
        }
    }

    static List<String> decode(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
