package com.credittown.platform.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query   the query as searched (white space collapsed; a code upper-cased)
 * @param matchedAs {@code code} (prefix of the unified social credit code) or {@code name}
 * @param page    the page, from 0
 * @param size    the page size used (at most 100)
 * @param total   how many documents match in all (also when the page is past the end and empty)
 */
public record SearchResults<T>(String query, String matchedAs, int page, int size, long total, List<T> items) {
}
