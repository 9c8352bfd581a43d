package com.credittown.platform.law;

import java.util.List;

/**
 * What one or more documents say, in our words (never a quotation): shown without quotation marks after the documents'
 * numbers. {@code support} names, per document, the article and the verbatim sentence of the stored excerpt that bears
 * the point out; {@code unchecked} says what of the point no text read so far bears out (required when a document of
 * the point has no support).
 */
public record LegalPoint(String id, List<String> documents, String zh, String en, List<Support> support,
                         String unchecked) {

    public LegalPoint {
        documents = List.copyOf(documents);
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** One document's article and the sentence of it that bears the point out. */
    public record Support(String document, String article, String quote) {
    }
}
