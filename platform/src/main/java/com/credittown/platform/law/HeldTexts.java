package com.credittown.platform.law;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the documents we hold in full (the plan), each cut into its sections （一）…（二十五）, and what may be
 * quoted from a document: its text, or else the quotations the sources file lists for it.
 */
final class HeldTexts {

    private static final Pattern SECTION_START = Pattern.compile("^[(（]([一二三四五六七八九十]+)[)）]");

    private final Map<String, Map<String, String>> sectionsByDocument = new LinkedHashMap<>();
    private final Map<String, String> textByDocument = new LinkedHashMap<>();

    HeldTexts(Map<String, String> texts) {
        texts.forEach((id, text) -> {
            textByDocument.put(id, normalise(text));
            sectionsByDocument.put(id, sections(text));
        });
    }

    /** The sections of a document whose text we hold, by number (二十); {@code null} for any other. */
    Map<String, String> sectionsOf(String documentId) {
        return sectionsByDocument.get(documentId);
    }

    /** Whether the document says the quotation: in the cited sections (or anywhere, when none are cited). */
    boolean quoted(LegalDocument d, List<String> sections, String quote) {
        String q = normalise(quote);
        if (d.hasText()) {
            if (sections.isEmpty()) {
                return textByDocument.get(d.id()).contains(q);
            }
            Map<String, String> known = sectionsByDocument.get(d.id());
            return sections.stream().map(known::get).anyMatch(t -> t != null && t.contains(q));
        }
        return d.quotes().stream().map(HeldTexts::normalise).anyMatch(x -> x.contains(q));
    }

    /** The plan's sections: each line beginning "(一)" … "(二十五)" is one section. */
    private static Map<String, String> sections(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            Matcher m = SECTION_START.matcher(line);
            if (m.find()) {
                sections.put(m.group(1), normalise(line));
            }
        }
        return sections;
    }

    /** One width for punctuation, nested quotation marks as plain ones, no white space. */
    static String normalise(String text) {
        return text.replace('，', ',').replace('（', '(').replace('）', ')').replace('：', ':').replace('；', ';')
                .replace('‘', '“').replace('’', '”').replaceAll("\\s+", "");
    }
}
