package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the text a user typed is matched in one document type: a code (or its prefix) as a {@code prefix} on the code
 * field; anything else as a phrase in each text field (the standard analyzer indexes Chinese characters one by one,
 * so a phrase finds any part of a name), or all its words in any order across the text fields ("虎门 罚款"). Phrases
 * rank first, by their boost. Only query objects are built (never {@code query_string}), so Elasticsearch syntax
 * characters are plain text.
 */
public final class SearchFields {

    private final String codeField;
    private final Map<String, Float> phraseBoosts = new LinkedHashMap<>();

    private SearchFields(String codeField) {
        this.codeField = codeField;
    }

    /** @param codeField the keyword field holding a unified social credit code, or null if the type has none */
    public static SearchFields code(String codeField) {
        return new SearchFields(codeField);
    }

    /** A text field searched by phrase, ranked by {@code boost}. */
    public SearchFields text(String field, float boost) {
        phraseBoosts.put(field, boost);
        return this;
    }

    Query toQuery(SubjectQuery query) {
        if (query instanceof CodePrefixQuery code) {
            return codeField == null ? Query.of(q -> q.matchNone(n -> n)) : prefix(code.prefix());
        }
        NameQuery name = (NameQuery) query;
        List<String> fields = List.copyOf(phraseBoosts.keySet());
        return Query.of(q -> q.bool(b -> {
            phraseBoosts.forEach((field, boost) ->
                    b.should(s -> s.matchPhrase(m -> m.field(field).query(name.text()).boost(boost))));
            b.should(s -> s.multiMatch(m -> m.query(name.text())
                    .fields(fields)
                    .type(TextQueryType.CrossFields)
                    .operator(Operator.And)));
            if (codeField != null && name.alsoCodePrefix() != null) {
                b.should(prefix(name.alsoCodePrefix()));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private Query prefix(String prefix) {
        return Query.of(q -> q.prefix(p -> p.field(codeField).value(prefix)));
    }
}
