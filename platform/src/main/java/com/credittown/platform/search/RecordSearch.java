package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Searches the current tenant's credit records by a part of their title, subject name or department (Chinese
 * included), or by their subject's code (or its prefix). The same input rules as {@link SubjectSearch}: bad input is
 * answered with {@link InvalidInputException}; Elasticsearch down with {@link SearchDegradedException}.
 */
@Service
public class RecordSearch {

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final RecordDocumentType type;
    private final SearchStatus status;

    RecordSearch(ElasticsearchClient client, SearchIndexes indexes, RecordDocumentType type, SearchStatus status) {
        this.client = client;
        this.indexes = indexes;
        this.type = type;
        this.status = status;
    }

    /**
     * @param query the text typed (a part of a title, subject name or department, or a code or its prefix),
     *              1 to 100 characters
     * @param page  the page, from 0; a page past the end is empty and still reports the total
     * @param size  results per page, 1 or more (more than 100 is cut to 100)
     * @throws InvalidInputException   naming {@code q}, {@code page} or {@code size}
     * @throws SearchDegradedException if Elasticsearch cannot answer
     */
    public SearchResults<RecordHit> search(String query, int page, int size) {
        SubjectQuery parsed = SubjectSearch.checked(query, page, size);
        int pageSize = Math.min(size, SubjectSearch.MAX_SIZE);
        Query restricted = TenantSearchFilter.restrict(toQuery(parsed));
        String alias = indexes.alias(type);
        String tenant = TenantContext.require().code();
        String searched = parsed instanceof SubjectQuery.CodePrefix code ? code.prefix()
                : ((SubjectQuery.Name) parsed).text();
        String matchedAs = parsed instanceof SubjectQuery.CodePrefix ? "code" : "name";
        long from = (long) page * pageSize;
        try {
            if (from + pageSize > SubjectSearch.MAX_WINDOW) {
                long total = client.count(c -> c.index(alias).query(restricted)).count();
                status.reachable();
                return new SearchResults<>(searched, matchedAs, page, pageSize, total, List.of());
            }
            SearchResponse<RecordDocument> response = client.search(s -> s
                    .index(alias)
                    .query(restricted)
                    .from((int) from)
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), RecordDocument.class);
            status.reachable();
            long total = response.hits().total() == null ? response.hits().hits().size()
                    : response.hits().total().value();
            List<RecordHit> hits = response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(Objects::nonNull)
                    .map(d -> new RecordHit(Long.parseLong(d.id()), Long.parseLong(d.subjectId()), d.subjectName(),
                            d.subjectCode(), d.kind(), d.severity(), d.state(), d.title(), d.department(),
                            d.decisionDate(), d.updatedAt(),
                            "/api/tenants/" + tenant + "/subjects/" + d.subjectId() + "/archive"))
                    .toList();
            return new SearchResults<>(searched, matchedAs, page, pageSize, total, hits);
        } catch (IOException e) {
            status.unreachable(e);
            throw new SearchDegradedException(
                    "Elasticsearch cannot be reached; the archive works on and the index catches up when it returns.",
                    e);
        } catch (ElasticsearchException e) {
            status.error(SearchStatus.describe(e));
            throw new SearchDegradedException("Elasticsearch could not answer the search (" + e.error().type()
                    + "); the archive works on and the index catches up when it returns.", e);
        }
    }

    static Query toQuery(SubjectQuery query) {
        if (query instanceof SubjectQuery.CodePrefix code) {
            return Query.of(q -> q.prefix(p -> p.field("subjectCode").value(code.prefix())));
        }
        SubjectQuery.Name name = (SubjectQuery.Name) query;
        return Query.of(q -> q.bool(b -> {
            // A phrase finds any part of a title, subject name or department (Chinese characters are indexed one by
            // one); all words in any order across these fields finds "虎门 罚款" too. Phrases rank first.
            b.should(s -> s.matchPhrase(m -> m.field("title").query(name.text()).boost(3f)));
            b.should(s -> s.matchPhrase(m -> m.field("subjectName").query(name.text()).boost(3f)));
            b.should(s -> s.matchPhrase(m -> m.field("department").query(name.text()).boost(2f)));
            b.should(s -> s.multiMatch(m -> m.query(name.text())
                    .fields("title", "subjectName", "department")
                    .type(TextQueryType.CrossFields)
                    .operator(Operator.And)));
            if (name.alsoCodePrefix() != null) {
                b.should(s -> s.prefix(p -> p.field("subjectCode").value(name.alsoCodePrefix())));
            }
            return b.minimumShouldMatch("1");
        }));
    }
}
