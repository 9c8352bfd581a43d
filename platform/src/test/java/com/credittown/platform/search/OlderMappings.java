package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;

/**
 * A type's mapping as the version before {@code index_phrases} built it (#18): the same fields, no
 * {@code index_phrases}, no fingerprint. For the mapping upgrade test and the benchmark's A/B.
 */
final class OlderMappings {

    private OlderMappings() {
    }

    static TypeMapping withoutIndexPhrases(TypeMapping current, JsonpMapper mapper) {
        try {
            ObjectNode mapping = (ObjectNode) new ObjectMapper().readTree(JsonpUtils.toJsonString(current, mapper));
            mapping.remove("_meta");
            removeIndexPhrases(mapping);
            return TypeMapping.of(m -> m.withJson(new StringReader(mapping.toString())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeIndexPhrases(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("index_phrases");
        }
        node.forEach(OlderMappings::removeIndexPhrases);
    }
}
