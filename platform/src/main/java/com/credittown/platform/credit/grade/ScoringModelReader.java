package com.credittown.platform.credit.grade;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a scoring model from JSON; unknown fields are an error, so a typo in the model does not go unseen. */
public final class ScoringModelReader {

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public ScoringModel read(InputStream in, String source) {
        try {
            return json.readValue(in, ScoringModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The scoring model " + source + " cannot be read: " + e.getMessage(), e);
        }
    }
}
