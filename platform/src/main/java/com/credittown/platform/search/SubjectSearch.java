package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Searches the current tenant's credit subjects by name (any part of it, Chinese included) or by code (or its
 * prefix). Bad input is answered with {@link InvalidInputException}; Elasticsearch down with
 * {@link SearchDegradedException}.
 */
@Service
public class SubjectSearch {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}: pages beyond it only report the total. */
    static final int MAX_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final SubjectDocumentType type;
    private final SearchStatus status;

    SubjectSearch(ElasticsearchClient client, SearchIndexes indexes, SubjectDocumentType type, SearchStatus status) {
        this.client = client;
        this.indexes = indexes;
        this.type = type;
        this.status = status;
    }

    /**
     * @param query the text typed (a name or a part of one, or a code or its prefix), 1 to 100 characters
     * @param page  the page, from 0; a page past the end is empty and still reports the total
     * @param size  results per page, 1 or more (more than 100 is cut to 100)
     * @throws InvalidInputException   naming {@code q}, {@code page} or {@code size}
     * @throws SearchDegradedException if Elasticsearch cannot answer
     */
    public SearchResults<SubjectHit> search(String query, int page, int size) {
        SubjectQuery parsed = checked(query, page, size);
        int pageSize = Math.min(size, MAX_SIZE);
        Query restricted = TenantSearchFilter.restrict(toQuery(parsed));
        String alias = indexes.alias(type);
        String tenant = TenantContext.require().code();
        String searched = parsed instanceof SubjectQuery.CodePrefix code ? code.prefix()
                : ((SubjectQuery.Name) parsed).text();
        String matchedAs = parsed instanceof SubjectQuery.CodePrefix ? "code" : "name";
        long from = (long) page * pageSize;
        try {
            if (from + pageSize > MAX_WINDOW) {
                long total = client.count(c -> c.index(alias).query(restricted)).count();
                status.reachable();
                return new SearchResults<>(searched, matchedAs, page, pageSize, total, List.of());
            }
            SearchResponse<SubjectDocument> response = client.search(s -> s
                    .index(alias)
                    .query(restricted)
                    .from((int) from)
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("code").order(SortOrder.Asc))), SubjectDocument.class);
            status.reachable();
            long total = response.hits().total() == null ? response.hits().hits().size()
                    : response.hits().total().value();
            List<SubjectHit> hits = response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(Objects::nonNull)
                    .map(d -> new SubjectHit(Long.parseLong(d.id()), d.code(), d.name(), d.kind(), d.grade(),
                            d.score(), d.tags(), d.updatedAt(),
                            "/api/tenants/" + tenant + "/subjects/" + d.id() + "/archive"))
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

    /**
     * The query parsed, after checking the query, the page and the size together (the bad-input rules of every
     * search).
     *
     * @throws InvalidInputException naming each of {@code q}, {@code page} and {@code size} that is wrong
     */
    static SubjectQuery checked(String query, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        SubjectQuery parsed = null;
        try {
            parsed = SubjectQuery.parse(query);
        } catch (InvalidInputException e) {
            problems.addAll(e.errors());
        }
        if (page < 0) {
            problems.add(new FieldProblem("page", "too-small", "the first page is 0"));
        }
        if (size < 1) {
            problems.add(new FieldProblem("size", "too-small", "ask for at least 1 result per page"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Objects.requireNonNull(parsed);
    }

    static Query toQuery(SubjectQuery query) {
        if (query instanceof SubjectQuery.CodePrefix code) {
            return Query.of(q -> q.prefix(p -> p.field("code").value(code.prefix())));
        }
        SubjectQuery.Name name = (SubjectQuery.Name) query;
        return Query.of(q -> q.bool(b -> {
            // A phrase finds any part of a name (the standard analyzer indexes Chinese characters one by one);
            // all words in any order finds "虎门 贸易" too. The phrase ranks first.
            b.should(s -> s.matchPhrase(m -> m.field("name").query(name.text()).boost(3f)));
            b.should(s -> s.match(m -> m.field("name").query(name.text()).operator(Operator.And)));
            if (name.alsoCodePrefix() != null) {
                b.should(s -> s.prefix(p -> p.field("code").value(name.alsoCodePrefix())));
            }
            return b.minimumShouldMatch("1");
        }));
    }
}
