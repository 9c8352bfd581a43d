package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One kind of search document (subjects, records, cases, district shops). Adding an index type is adding one bean
 * of this interface: the index manager creates its alias, the outbox dispatcher and the full reindex use it to read
 * documents, and its searches ({@link SearchGroup}) go through {@link TenantSearchFilter}. Types backed by one SQL
 * table extend {@link JdbcDocumentType}.
 *
 * <p>Documents are read as system work, across tenants: callers pass the tenant with every key of a tenant-level type,
 * and implementations check that each row belongs to the key's tenant.
 */
public interface SearchDocumentType {

    /**
     * Whether the documents belong to the city (the credit archive: keys without a tenant, found as their
     * {@code readers} field says) rather than to one tenant (keys with its tenant, found only by it).
     */
    default boolean cityLevel() {
        return false;
    }

    /** The name in the outbox's {@code doc_type} column, e.g. {@code subject}. */
    String name();

    /** The alias's suffix, e.g. {@code subjects} for the alias {@code credittown-subjects}. */
    String indexName();

    /**
     * The mapping of a new concrete index.
     *
     * @param textAnalyzer the configured analyzer of every Chinese text field
     */
    TypeMapping mapping(String textAnalyzer);

    /**
     * The current state of these documents; a key without an entry no longer exists (its document is deleted).
     *
     * @param changedAt each key with the time of its latest change (the document's {@code updatedAt})
     */
    Map<DocumentKey, IndexedDocument> load(Map<DocumentKey, Instant> changedAt);

    /** How many documents a full reindex will send. */
    long count();

    /**
     * The next documents of a full reindex, of every tenant, in the type's cursor order.
     *
     * @param cursor what {@link #cursorOf} returned for the last document of the previous page, null for the first
     */
    List<IndexedDocument> after(String cursor, int limit);

    /** Where a full reindex continues after this document (one {@link #after} returned). */
    default String cursorOf(IndexedDocument document) {
        return document.key().id();
    }
}
