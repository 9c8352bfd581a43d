package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One kind of search document (subjects now; records, cases and district shops later). Adding an index type is
 * adding one bean of this interface: the index manager creates its alias, the outbox dispatcher and the full
 * reindex use it to read documents, and its searches go through {@link TenantSearchFilter}.
 *
 * <p>Documents are read from the database as system work, across tenants, by plain JDBC: callers pass the tenant
 * with every key, and implementations check that each row belongs to the key's tenant.
 */
interface SearchDocumentType {

    /** The name in the outbox's {@code doc_type} column, e.g. {@code subject}. */
    String name();

    /** The alias's suffix, e.g. {@code subjects} for the alias {@code credittown-subjects}. */
    String indexName();

    /** The mapping of a new concrete index. */
    TypeMapping mapping(SearchSettings settings);

    /**
     * The current state of these documents; a key without an entry no longer exists (its document is deleted).
     *
     * @param changedAt each key with the time of its latest change (the document's {@code updatedAt})
     */
    Map<DocumentKey, IndexedDocument> load(Map<DocumentKey, Instant> changedAt);

    /** How many documents a full reindex will send. */
    long count();

    /** The next documents of a full reindex, of every tenant, in ascending id order after {@code afterId}. */
    List<IndexedDocument> after(long afterId, int limit);

    /** The id a full reindex continues after, for a document {@link #after} returned. */
    default long cursorOf(IndexedDocument document) {
        return Long.parseLong(document.key().id());
    }
}
