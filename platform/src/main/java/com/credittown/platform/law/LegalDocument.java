package com.credittown.platform.law;

import java.util.List;

/**
 * A document the product may cite: its number as written (东府办〔2024〕6号), title, and what it may be said to say:
 * its full text when we hold it (quotations are checked against it), else the quotations and articles the sources
 * file lists, each of them borne out by the stored excerpt of the articles read so far ({@code excerpt}, a class-path
 * resource; {@code null} when nothing of the text has been read).
 */
public record LegalDocument(String id, String number, String numberEn, String title, String date, String text,
                            String excerpt, List<String> articles, List<String> quotes) {

    public LegalDocument {
        articles = articles == null ? List.of() : List.copyOf(articles);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    public boolean hasText() {
        return text != null;
    }
}
