package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the text a user typed is matched in one document type: a code (or its prefix) as a {@code prefix} on the code
 * field; anything else as a phrase in each text field (the standard analyzer indexes Chinese characters one by one,
 * so a phrase finds any part of a name; the fields' {@code index_phrases} make it a look-up of two-character terms,
 * {@link SearchMappings}), or, when it has several words, each word as a phrase in any of the text fields, in any
 * order ("虎门 罚款"). The whole text as a phrase ranks first, by the field's boost. Only query objects are built (never
 * {@code query_string}), so Elasticsearch syntax characters are plain text.
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
        List<String> words = List.of(name.text().split(" "));
        return Query.of(q -> q.bool(b -> {
            phraseBoosts.forEach((field, boost) ->
                    b.should(s -> s.matchPhrase(m -> m.field(field).query(name.text()).boost(boost))));
            if (words.size() > 1) {
                // each word somewhere, in any order: a phrase per word (not every character on its own, which walked
                // the posting lists of the commonest characters of the city's names)
                b.should(s -> s.bool(all -> {
                    words.forEach(word -> all.must(m -> m.bool(any -> {
                        phraseBoosts.keySet().forEach(field ->
                                any.should(p -> p.matchPhrase(x -> x.field(field).query(word))));
                        return any;
                    })));
                    return all;
                }));
            }
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
