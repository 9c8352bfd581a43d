package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.List;

/**
 * One group of the global search (subjects, records, cases, shops): its document type, how text is matched in it,
 * the order of its hits and how a document becomes a hit. {@link DocumentSearch} runs it (input rules, tenant
 * filter, paging, errors); {@link GlobalSearch} runs every group bean, in {@code @Order}.
 *
 * @param <D> the indexed document
 * @param <H> the hit shown
 */
public abstract class SearchGroup<D, H extends SearchHit> {

    private final String group;
    private final SearchDocumentType type;
    private final Class<D> documentClass;
    private final SearchFields fields;
    private final List<SortOptions> order;

    /**
     * @param group the group's key in the grouped answer, e.g. {@code subjects}
     * @param order the order of hits after the relevance score
     */
    protected SearchGroup(String group, SearchDocumentType type, Class<D> documentClass, SearchFields fields,
                          List<SortOptions> order) {
        this.group = group;
        this.type = type;
        this.documentClass = documentClass;
        this.fields = fields;
        this.order = List.copyOf(order);
    }

    /** The hit shown for a document found. */
    protected abstract H hit(D document);

    public final String group() {
        return group;
    }

    final SearchDocumentType type() {
        return type;
    }

    final Class<D> documentClass() {
        return documentClass;
    }

    final SearchFields fields() {
        return fields;
    }

    final List<SortOptions> order() {
        return order;
    }

    /**
     * The tenant whose pages a hit of the city's archive links to: the searcher's own tenant, or (for the city office,
     * which searches as no tenant) the tenant the document names.
     */
    protected static String linkTenant(String documentTenant) {
        return com.credittown.platform.tenancy.TenantContext.current()
                .map(com.credittown.platform.tenancy.TenantId::code).orElse(documentTenant);
    }

    protected static SortOptions ascending(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Asc)));
    }

    protected static SortOptions descending(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Desc)));
    }
}
