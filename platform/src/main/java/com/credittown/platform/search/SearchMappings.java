package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the strict mappings of the document types from the few field kinds they use, so every Chinese text field
 * of every type gets the one configured analyzer. Each type starts with {@code tenant} and {@code id}.
 *
 * <p>Chinese text is indexed with {@code index_phrases}: besides the single characters the standard analyzer gives,
 * every two neighbouring characters as one term, so the phrase a user types ({@code 有限}, {@code 虎门镇}) is looked up
 * as one or a few terms instead of walking the positions of each character's posting list (the tail of the name
 * queries at 1.7 million subjects, docs/benchmarks/search.md). A core Elasticsearch feature: it needs no analysis
 * plugin.
 *
 * <p>{@link #build()} stamps the mapping with its fingerprint ({@code _meta.mapping}): {@link SearchIndexes} compares
 * it with the index behind the alias and rebuilds an index whose mapping cannot be changed in place.
 */
public final class SearchMappings {

    /** The key in a mapping's {@code _meta} that holds its fingerprint. */
    static final String FINGERPRINT = "mapping";
    private static final JacksonJsonpMapper JSON = new JacksonJsonpMapper();

    private final String analyzer;
    private final Map<String, Property> fields = new LinkedHashMap<>();

    private SearchMappings(String analyzer) {
        this.analyzer = analyzer;
        keyword(TenantSearchFilter.FIELD);
        keyword("id");
    }

    /** A mapping with {@code tenant} and {@code id} keywords; Chinese text fields use {@code analyzer}. */
    public static SearchMappings of(String analyzer) {
        return new SearchMappings(analyzer);
    }

    /** Exact and prefix queries (codes, states, ids); several fields at once. */
    public SearchMappings keyword(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.keyword(k -> k)));
        }
        return this;
    }

    /** Chinese text searched by any part (phrase queries), with a {@code .keyword} sub-field for sorting. */
    public SearchMappings name(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.text(t -> t.analyzer(analyzer).indexPhrases(true)
                    .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256))))));
        }
        return this;
    }

    /** Chinese text searched by any part, not sorted on. */
    public SearchMappings text(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.text(t -> t.analyzer(analyzer).indexPhrases(true))));
        }
        return this;
    }

    public SearchMappings date(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.date(d -> d)));
        }
        return this;
    }

    public SearchMappings integer(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.integer(i -> i)));
        }
        return this;
    }

    public SearchMappings bool(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.boolean_(b -> b)));
        }
        return this;
    }

    /** An array of objects with their own fields (e.g. a case's open tasks), not searched as nested. */
    public SearchMappings object(String name, SearchMappings inner) {
        Map<String, Property> innerFields = new LinkedHashMap<>(inner.fields);
        innerFields.remove(TenantSearchFilter.FIELD);
        innerFields.remove("id");
        fields.put(name, Property.of(p -> p.object(o -> o.properties(innerFields))));
        return this;
    }

    /** The strict mapping, stamped with its fingerprint in {@code _meta.mapping}. */
    public TypeMapping build() {
        String fingerprint = fingerprint(TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(fields)));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(fields)
                .meta(FINGERPRINT, JsonData.of(fingerprint)));
    }

    /** The fingerprint a mapping was built with, or null if it has none (an index made before fingerprints). */
    static String fingerprintOf(TypeMapping mapping) {
        JsonData value = mapping == null ? null : mapping.meta().get(FINGERPRINT);
        if (value == null) {
            return null;
        }
        JsonValue json = value.toJson(JSON);
        return json instanceof JsonString text ? text.getString() : json.toString();
    }

    /** A short hash of the mapping's JSON (fields, their types, analyzers and parameters). */
    private static String fingerprint(TypeMapping mapping) {
        String json = JsonpUtils.toJsonString(mapping, JSON);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
