package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import co.elastic.clients.json.JsonData;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Prepared<D, H> prepared = prepare(group, tenant, checked(query, page, size), page, size);
        try {
            if (prepared.from() + prepared.pageSize() > MAX_WINDOW) {
                long total = client.count(c -> c.index(prepared.alias()).query(prepared.query())).count();
                status.reachable();
                return prepared.results(total, List.of());
            }
            SearchResponse<D> response = client.search(s -> s
                    .index(prepared.alias())
                    .query(prepared.query())
                    .from((int) prepared.from())
                    .size(prepared.pageSize())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(prepared.order()), group.documentClass());
            status.reachable();
            return prepared.results(total(response.hits()), response.hits().hits().stream().map(Hit::source).toList());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (ElasticsearchException e) {
            throw failed(e);
        }
    }

    /**
     * The first page of every group in ONE round trip ({@code _msearch}): each group's query is built, restricted to
     * the tenants and ordered exactly as by {@link #search}, so the hits are the same as one search per group. Any
     * group failing fails the whole answer, like a failing search.
     *
     * @return each group's first {@code size} hits, by group key, in the order of {@code groups}
     */
    public Map<String, SearchResults<? extends SearchHit>> firstPages(List<SearchGroup<?, ?>> groups, String tenant,
                                                                      String query, int size) {
        SubjectQuery parsed = checked(query, 0, size);
        List<Prepared<?, ?>> prepared = new ArrayList<>();
        for (SearchGroup<?, ?> group : groups) {
            prepared.add(prepare(group, tenant, parsed, 0, size));
        }
        if (prepared.isEmpty()) {
            return Map.of();
        }
        try {
            MsearchResponse<JsonData> response = client.msearch(m -> m
                    .searches(prepared.stream().map(DocumentSearch::item).toList()), JsonData.class);
            Map<String, SearchResults<? extends SearchHit>> found = new LinkedHashMap<>();
            for (int i = 0; i < prepared.size(); i++) {
                MultiSearchResponseItem<JsonData> item = response.responses().get(i);
                if (item.isFailure()) {
                    throw new ElasticsearchException("msearch", item.failure());
                }
                found.put(prepared.get(i).group().group(), fromJson(prepared.get(i), item.result().hits()));
            }
            status.reachable();
            return found;
        } catch (IOException e) {
            throw unreachable(e);
        } catch (ElasticsearchException e) {
            throw failed(e);
        }
    }

    /** One group's search: checked input, the group's query restricted to the tenants, the page and the order. */
    private record Prepared<D, H extends SearchHit>(SearchGroup<D, H> group, String alias, Query query,
                                                    String searched, String matchedAs, int page, int pageSize,
                                                    List<SortOptions> order) {
        long from() {
            return (long) page * pageSize;
        }

        SearchResults<H> results(long total, List<D> documents) {
            List<H> hits = documents.stream().filter(Objects::nonNull).map(group::hit).toList();
            return new SearchResults<>(searched, matchedAs, page, pageSize, total, hits);
        }
    }

    private <D, H extends SearchHit> Prepared<D, H> prepare(SearchGroup<D, H> group, String tenant,
                                                            SubjectQuery parsed, int page, int size) {
        Query restricted = tenants.restrict(group.fields().toQuery(parsed), tenant, group.type().cityLevel());
        String searched = parsed instanceof CodePrefixQuery code ? code.prefix()
                : ((NameQuery) parsed).text();
        String matchedAs = parsed instanceof CodePrefixQuery ? "code" : "name";
        return new Prepared<>(group, indexes.alias(group.type()), restricted, searched, matchedAs, page,
                Math.min(size, MAX_SIZE), order(group, parsed));
    }

    /**
     * The order of a group's hits: by relevance, then the group's own order. A code or code prefix matches every hit
     * with the same constant score, so it is ordered by the group's order alone: the same page, but Elasticsearch
     * no longer compares a score for every hit (a prefix such as {@code 91441900} matches a third of Dongguan's
     * subjects, and sorting those by score then code cost several times sorting them by code;
     * docs/benchmarks/search.md).
     */
    static List<SortOptions> order(SearchGroup<?, ?> group, SubjectQuery parsed) {
        List<SortOptions> order = new ArrayList<>();
        if (!(parsed instanceof CodePrefixQuery)) {
            order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        order.addAll(group.order());
        return order;
    }

    /** The first page of a prepared search as one item of a multi-search (never beyond {@link #MAX_WINDOW}). */
    private static RequestItem item(Prepared<?, ?> prepared) {
        return RequestItem.of(r -> r
                .header(h -> h.index(prepared.alias()))
                .body(b -> b
                        .query(prepared.query())
                        .from(0)
                        .size(prepared.pageSize())
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(prepared.order())));
    }

    private <D, H extends SearchHit> SearchResults<H> fromJson(Prepared<D, H> prepared, HitsMetadata<JsonData> hits) {
        Class<D> documentClass = prepared.group().documentClass();
        List<D> documents = hits.hits().stream().map(Hit::source)
                .map(source -> source == null ? null : source.to(documentClass, client._jsonpMapper()))
                .toList();
        return prepared.results(total(hits), documents);
    }

    private static long total(HitsMetadata<?> hits) {
        return hits.total() == null ? hits.hits().size() : hits.total().value();
    }

    private SearchDegradedException unreachable(IOException e) {
        status.unreachable(e);
        return new SearchDegradedException(
                "Elasticsearch cannot be reached; the archive works on and the index catches up when it returns.", e);
    }

    private SearchDegradedException failed(ElasticsearchException e) {
        status.error(SearchStatus.describe(e));
        return new SearchDegradedException("Elasticsearch could not answer the search (" + e.error().type()
                + "); the archive works on and the index catches up when it returns.", e);
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
