package com.credittown.platform.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search for the tenant of the request (resolved from the path by the tenant request filter): one group at a time
 * ({@code /subjects}, {@code /records}) and the grouped answer of the search box.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/search")
class TenantSearchController {

    private final SubjectSearch subjects;
    private final RecordSearch records;
    private final GlobalSearch global;

    TenantSearchController(SubjectSearch subjects, RecordSearch records, GlobalSearch global) {
        this.subjects = subjects;
        this.records = records;
        this.global = global;
    }

    @GetMapping("/subjects")
    SearchResults<SubjectHit> subjects(@RequestParam(name = "q", required = false) String q,
                                       @RequestParam(name = "page", defaultValue = "0") int page,
                                       @RequestParam(name = "size", defaultValue = "20") int size) {
        return subjects.search(q, page, size);
    }

    @GetMapping("/records")
    SearchResults<RecordHit> records(@RequestParam(name = "q", required = false) String q,
                                     @RequestParam(name = "page", defaultValue = "0") int page,
                                     @RequestParam(name = "size", defaultValue = "20") int size) {
        return records.search(q, page, size);
    }

    /** Every group for one query (subjects, records, cases, shops): the first {@code size} hits of each. */
    @GetMapping
    GroupedResults all(@RequestParam(name = "q", required = false) String q,
                       @RequestParam(name = "size", defaultValue = "10") int size) {
        return global.search(com.credittown.platform.tenancy.TenantContext.require().code(), q, size);
    }
}
