package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the strict mappings of the document types from the few field kinds they use, so every Chinese text field
 * of every type gets the one configured analyzer. Each type starts with {@code tenant} and {@code id}.
 */
public final class SearchMappings {

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
            fields.put(name, Property.of(p -> p.text(t -> t.analyzer(analyzer)
                    .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256))))));
        }
        return this;
    }

    /** Chinese text searched by any part, not sorted on. */
    public SearchMappings text(String... names) {
        for (String name : names) {
            fields.put(name, Property.of(p -> p.text(t -> t.analyzer(analyzer))));
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

    public TypeMapping build() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(fields));
    }
}
