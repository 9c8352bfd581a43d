package com.credittown.platform.search;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import java.util.List;
import com.credittown.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The search box: one query over every {@link SearchGroup} (subjects, records, cases, shops, in their
 * {@code @Order}), the first page of each, in one round trip to Elasticsearch ({@code _msearch}).
 */
@Service
@Allowed(Permission.SEARCH)
public class GlobalSearch {

    private final DocumentSearch search;
    private final List<SearchGroup<?, ?>> groups;

    GlobalSearch(DocumentSearch search, List<SearchGroup<?, ?>> groups) {
        this.search = search;
        this.groups = List.copyOf(groups);
    }

    /**
     * @param tenant the tenant asked for, or null for every tenant the caller may search
     * @return each group's first {@code size} hits, by group key, in the groups' order
     */
    public GroupedResults search(String tenant, String query, int size) {
        // one round trip for every group (_msearch); bad input is checked once, so it names its fields once
        return new GroupedResults(search.firstPages(groups, tenant, query, size));
    }

    /**
     * One page of one group.
     *
     * @param group a group key: {@code subjects}, {@code records}, {@code cases} or {@code shops}
     * @throws NotFoundException if there is no such group
     */
    public SearchResults<? extends SearchHit> page(String tenant, String group, String query, int page, int size) {
        SearchGroup<?, ?> found = groups.stream().filter(g -> g.group().equals(group)).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown search group",
                        "Search groups are " + String.join(", ", groups()) + "."));
        return search.search(found, tenant, query, page, size);
    }

    public List<String> groups() {
        return groups.stream().map(SearchGroup::group).toList();
    }
}
