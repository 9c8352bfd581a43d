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
    private final FullReindex reindex;

    SearchAdminController(SearchStatus status, FullReindex reindex) {
        this.status = status;
        this.reindex = reindex;
    }

    @GetMapping("/status")
    SearchStatus.View status() {
        return status.view();
    }

    /** Starts a full reindex of every document type: 202 with its progress; 409 if one is running. */
    @PostMapping("/reindex")
    ResponseEntity<FullReindex.Progress> startReindex() {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/search/reindex")
                .body(reindex.start());
    }

    /** The progress of the full reindex: all types together (done, total, perSecond, etaSeconds) and each type. */
    @GetMapping("/reindex")
    FullReindex.Progress reindexStatus() {
        return reindex.status();
    }
}
