package com.credittown.platform.search;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Runs one {@link SearchGroup}: checks the input, builds the group's query, restricts it through
 * {@link TenantSearchFilter}, pages, and turns documents into hits. Bad input is answered with
 * {@link InvalidInputException}; Elasticsearch down with {@link SearchDegradedException}; a tenant the caller may
 * not search with a not-found.
 */
@Service
@Allowed(Permission.SEARCH)
public class DocumentSearch {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}: pages beyond it only report the total. */
    static final int MAX_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final SearchStatus status;
    private final TenantSearchFilter tenants;

    DocumentSearch(ElasticsearchClient client, SearchIndexes indexes, SearchStatus status, TenantSearchFilter tenants) {
        this.client = client;
        this.indexes = indexes;
        this.status = status;
        this.tenants = tenants;
    }

    /**
     * @param tenant the tenant asked for, or null for every tenant the caller may search (the city office: all)
     * @param query  the text typed (a part of a name or title, or a code or its prefix), 1 to 100 characters
     * @param page   the page, from 0; a page past the end is empty and still reports the total
     * @param size   results per page, 1 or more (more than 100 is cut to 100)
     * @throws InvalidInputException   naming {@code q}, {@code page} or {@code size}
     * @throws SearchDegradedException if Elasticsearch cannot answer
     */
    public <D, H extends SearchHit> SearchResults<H> search(SearchGroup<D, H> group, String tenant, String query,
                                                           int page, int size) {
        SubjectQuery parsed = checked(query, page, size);
        int pageSize = Math.min(size, MAX_SIZE);
        Query restricted = tenants.restrict(group.fields().toQuery(parsed), tenant, group.type().cityLevel());
        String alias = indexes.alias(group.type());
        String searched = parsed instanceof SubjectQuery.CodePrefix code ? code.prefix()
                : ((SubjectQuery.Name) parsed).text();
        String matchedAs = parsed instanceof SubjectQuery.CodePrefix ? "code" : "name";
        long from = (long) page * pageSize;
        List<SortOptions> order = new ArrayList<>();
        order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        order.addAll(group.order());
        try {
            if (from + pageSize > MAX_WINDOW) {
                long total = client.count(c -> c.index(alias).query(restricted)).count();
                status.reachable();
                return new SearchResults<>(searched, matchedAs, page, pageSize, total, List.of());
            }
            SearchResponse<D> response = client.search(s -> s
                    .index(alias)
                    .query(restricted)
                    .from((int) from)
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(order), group.documentClass());
            status.reachable();
            long total = response.hits().total() == null ? response.hits().hits().size()
                    : response.hits().total().value();
            List<H> hits = response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(Objects::nonNull)
                    .map(group::hit)
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
}
