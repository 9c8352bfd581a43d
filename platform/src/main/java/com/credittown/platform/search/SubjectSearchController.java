package com.credittown.platform.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subject search for the tenant of the request (resolved from the path by the tenant filter). */
@RestController
@RequestMapping("/api/tenants/{tenant}/search")
class SubjectSearchController {

    private final SubjectSearch search;

    SubjectSearchController(SubjectSearch search) {
        this.search = search;
    }

    @GetMapping("/subjects")
    SearchResults<SubjectHit> subjects(@RequestParam(name = "q", required = false) String q,
                                       @RequestParam(name = "page", defaultValue = "0") int page,
                                       @RequestParam(name = "size", defaultValue = "20") int size) {
        return search.search(q, page, size);
    }
}
