package com.credittown.platform.search;

/**
 * A document as read from the database, ready to be indexed.
 *
 * @param version strictly increasing per document (a row's optimistic-lock version + 1, or the time it was read);
 *                indexed as Elasticsearch's external version so an older state never overwrites a newer one
 *                (dispatcher and full reindex may race)
 * @param source  the JSON body
 */
public record IndexedDocument(DocumentKey key, long version, Object source) {
}
