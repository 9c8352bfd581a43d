package com.credittown.platform.law;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored excerpts of the national rules (the articles read so far), each cut into its articles: a line beginning
 * 第…条 (an order's article) or 一、…。 (a section of a State Council document, keyed by its number and heading up to
 * the first "。"). Lines after it belong to it until the next article or chapter; lines beginning "#" are notes.
 */
final class Excerpts {

    private static final Pattern ARTICLE = Pattern.compile("^(第[一二三四五六七八九十百]+条)");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+、[^。]*)。");
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十]+章");

    private final Map<String, Map<String, String>> articlesByDocument = new LinkedHashMap<>();

    Excerpts(Map<String, String> excerpts) {
        excerpts.forEach((id, text) -> articlesByDocument.put(id, articles(text)));
    }

    /** The articles of a document's stored excerpt by key (第三条, 二、完善失信信息分类标准); empty when none is stored. */
    Map<String, String> articlesOf(String documentId) {
        return articlesByDocument.getOrDefault(documentId, Map.of());
    }

    /** Whether the cited article of the stored excerpt says the quotation (punctuation in one width). */
    boolean says(String documentId, String article, String quote) {
        String text = articlesOf(documentId).get(article);
        return text != null && text.contains(HeldTexts.normalise(quote));
    }

    /** Whether any article of the stored excerpt says the quotation. */
    boolean saysAnywhere(String documentId, String quote) {
        String q = HeldTexts.normalise(quote);
        return articlesOf(documentId).values().stream().anyMatch(t -> t.contains(q));
    }

    static Map<String, String> articles(String text) {
        Map<String, String> articles = new LinkedHashMap<>();
        String current = null;
        for (String line : text.split("\\R")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher article = ARTICLE.matcher(line);
            Matcher section = SECTION.matcher(line);
            if (article.find()) {
                current = article.group(1);
            } else if (section.find()) {
                current = section.group(1);
            } else if (CHAPTER.matcher(line).find()) {
                current = null;
                continue;
            }
            if (current != null) {
                articles.merge(current, HeldTexts.normalise(line), String::concat);
            }
        }
        return articles;
    }
}
