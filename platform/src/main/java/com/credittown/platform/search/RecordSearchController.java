package com.credittown.platform.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Record search, and the grouped search of the UI's search box (subjects and records at once), for the tenant of the
 * request (resolved from the path by the tenant filter).
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/search")
class RecordSearchController {

    private final SubjectSearch subjects;
    private final RecordSearch records;

    RecordSearchController(SubjectSearch subjects, RecordSearch records) {
        this.subjects = subjects;
        this.records = records;
    }

    @GetMapping("/records")
    SearchResults<RecordHit> records(@RequestParam(name = "q", required = false) String q,
                                     @RequestParam(name = "page", defaultValue = "0") int page,
                                     @RequestParam(name = "size", defaultValue = "20") int size) {
        return records.search(q, page, size);
    }

    /** Both groups for one query: the first {@code size} subjects and the first {@code size} records. */
    @GetMapping
    GroupedResults all(@RequestParam(name = "q", required = false) String q,
                       @RequestParam(name = "size", defaultValue = "10") int size) {
        // Checked once, so bad input names its fields once, not per group.
        SubjectSearch.checked(q, 0, size);
        return new GroupedResults(subjects.search(q, 0, size), records.search(q, 0, size));
    }

    /** The grouped answer of the search box. */
    record GroupedResults(SearchResults<SubjectHit> subjects, SearchResults<RecordHit> records) {
    }
}
