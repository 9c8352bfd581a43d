package com.credittown.platform.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of the search box: one page of results per group, serialised as
 * {@code {"subjects": {...}, "records": {...}, "cases": {...}, "shops": {...}}}.
 */
public final class GroupedResults {

    private final Map<String, SearchResults<? extends SearchHit>> groups;

    public GroupedResults(Map<String, SearchResults<? extends SearchHit>> groups) {
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** Every group by its key, in the groups' order. */
    @JsonAnyGetter
    public Map<String, SearchResults<? extends SearchHit>> groups() {
        return groups;
    }

    /** One group's results, or null if there is no such group. */
    public SearchResults<? extends SearchHit> group(String key) {
        return groups.get(key);
    }

    /** One group's hits (empty if there is no such group). */
    @SuppressWarnings("unchecked")
    public <H extends SearchHit> List<H> hits(String key) {
        SearchResults<? extends SearchHit> results = groups.get(key);
        return results == null ? List.of() : (List<H>) results.items();
    }
}
