package com.credittown.platform.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article (or section) of a national rule named beside its number in a basis: {@code 国办发〔2025〕22号 二},
 * {@code 国家发展改革委令第36号 第三条}. Only an article the stored excerpt holds is named, and a point is cited with the
 * article its support gives for that document (checked against the stored text); an unchecked point is not cited as
 * its documents' words at all ({@link UncheckedReference}); an article is never invented. The English names it after the English number: {@code Guo Ban Fa [2025] No. 22
 * section 2}, {@code NDRC Order No. 36 article 3}.
 */
final class Articles {

    private static final String DIGITS = "零一二三四五六七八九";

    private Articles() {
    }

    /** The name users read of an article key of the sources file: 二、完善失信信息分类标准 → 二; 第三条 stays. */
    static String shortName(String article) {
        int mark = article.indexOf('、');
        return mark < 0 ? article : article.substring(0, mark);
    }

    /** Where the article named from {@code from} ends: before the next "、", "：", "；" or "（", or at the end. */
    static int end(String part, int from) {
        int end = from;
        while (end < part.length() && "、：；（".indexOf(part.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The sources file's key of the named article of a document, if the document lists it. */
    static Optional<String> key(LegalDocument d, String named) {
        return d.articles().stream().filter(a -> shortName(a).equals(named)).findFirst();
    }

    /** What is wrong with naming this article beside this document. */
    static List<String> problemsNaming(LegalDocument d, String named) {
        if (d.hasText()) {
            return List.of(d.number() + " is cited by its sections （…）, not by an article: " + named);
        }
        if (key(d, named).isEmpty()) {
            return List.of(d.number() + " has no article " + named + " in its stored excerpt (" + d.articles()
                    + "): an article is named only when read");
        }
        return List.of();
    }

    /**
     * A point cited with its documents: each document the point's support bears out is named with that article, and
     * no other document with any (what is unchecked names no article).
     */
    static List<String> problemsOfPoint(LegalPoint point, List<LegalDocument> cited, Map<String, String> named,
                                        String part) {
        List<String> problems = new ArrayList<>();
        for (LegalDocument d : cited) {
            Set<String> checked = point.support().stream().filter(s -> s.document().equals(d.id()))
                    .map(s -> shortName(s.article())).collect(Collectors.toCollection(java.util.TreeSet::new));
            String given = named.get(d.id());
            if (given == null && !checked.isEmpty()) {
                problems.add(point.id() + " is checked against " + d.number() + " " + String.join("、", checked)
                        + ": name it beside the document (" + d.number() + " " + checked.iterator().next() + "): "
                        + part);
            } else if (given != null && !checked.contains(given)) {
                problems.add(point.id() + " is not checked against " + d.number() + " " + given + " (it is "
                        + (checked.isEmpty() ? "unchecked there: no article" : "checked against " + checked)
                        + "): " + part);
            }
        }
        return problems;
    }

    /** The English of a named article: 二 → section 2, 第三条 → article 3. */
    static String english(String named) {
        if (named.startsWith("第") && named.endsWith("条")) {
            return "article " + number(named.substring(1, named.length() - 1));
        }
        return "section " + number(named);
    }

    /** A Chinese numeral up to 九十九 (十, 十二, 二十, 二十五). */
    static int number(String zh) {
        int ten = zh.indexOf('十');
        if (ten < 0) {
            return digit(zh);
        }
        int tens = ten == 0 ? 1 : digit(zh.substring(0, ten));
        int units = ten == zh.length() - 1 ? 0 : digit(zh.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(String zh) {
        int value = zh.length() == 1 ? DIGITS.indexOf(zh.charAt(0)) : -1;
        if (value < 0) {
            throw new IllegalArgumentException("not a Chinese numeral: " + zh);
        }
        return value;
    }
}
