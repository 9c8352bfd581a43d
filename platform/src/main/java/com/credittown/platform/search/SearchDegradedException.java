package com.credittown.platform.search;

/** Elasticsearch cannot answer: search is degraded (answered with 503), the rest of the platform works on. */
public class SearchDegradedException extends RuntimeException {

    public SearchDegradedException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
