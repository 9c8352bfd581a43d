package com.credittown.platform.law;

import java.util.List;

/**
 * What one or more documents say, as the brief summarises it (never a quotation): shown without quotation marks
 * after the documents' numbers.
 */
public record LegalPoint(String id, List<String> documents, String zh, String en) {

    public LegalPoint {
        documents = List.copyOf(documents);
    }
}
