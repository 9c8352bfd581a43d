package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search for the tenant of the request (resolved from the path by the tenant request filter): one group at a time,
 * paged ({@code /subjects}, {@code /records}, {@code /cases}, {@code /shops}), and the grouped answer of the search
 * box.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/search")
class TenantSearchController {

    private final GlobalSearch global;

    TenantSearchController(GlobalSearch global) {
        this.global = global;
    }

    /** One page of one group: {@code subjects}, {@code records}, {@code cases} or {@code shops}. */
    @GetMapping("/{group}")
    SearchResults<? extends SearchHit> group(@PathVariable("group") String group,
                                             @RequestParam(name = "q", required = false) String q,
                                             @RequestParam(name = "page", defaultValue = "0") int page,
                                             @RequestParam(name = "size", defaultValue = "20") int size) {
        return global.page(TenantContext.require().code(), group, q, page, size);
    }

    /** Every group for one query (subjects, records, cases, shops): the first {@code size} hits of each. */
    @GetMapping
    GroupedResults all(@RequestParam(name = "q", required = false) String q,
                       @RequestParam(name = "size", defaultValue = "10") int size) {
        return global.search(TenantContext.require().code(), q, size);
    }
}
