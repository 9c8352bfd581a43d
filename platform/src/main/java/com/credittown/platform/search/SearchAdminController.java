package com.credittown.platform.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * City-level search operations (not tenant-scoped; to be restricted to the city office and administrators when
 * login arrives): the outbox status, and the full reindex.
 */
@RestController
@RequestMapping("/api/search")
class SearchAdminController {

    private final SearchStatus status;
    private final SubjectReindex reindex;

    SearchAdminController(SearchStatus status, SubjectReindex reindex) {
        this.status = status;
        this.reindex = reindex;
    }

    @GetMapping("/status")
    SearchStatus.View status() {
        return status.view();
    }

    /** Starts a full reindex of the subjects: 202 with its status; 409 if one is running. */
    @PostMapping("/reindex")
    ResponseEntity<ReindexStatus> startReindex() {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/search/reindex")
                .body(reindex.start());
    }

    @GetMapping("/reindex")
    ReindexStatus reindexStatus() {
        return reindex.status();
    }
}
