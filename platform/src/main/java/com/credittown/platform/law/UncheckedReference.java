package com.credittown.platform.law;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How users read a point no stored text bears out (its {@code unchecked}): never as its documents' words, but as the
 * city's (or tenant's) setting, with the documents it is reported from named after it only as a reference whose text
 * has not been checked:
 * {@code 市信用办设置：受理渠道在3个工作日内作出是否受理的决定（参考：国办发〔2025〕22号、国家发展改革委令第36号，条文未核对）}.
 * The reference names the point's documents by their numbers only (no title, no article: none has been read); the
 * sentence is the point's. The English says the same: {@code The city's setting: the accepting channel decides on
 * acceptance within 3 working days (reference: Guo Ban Fa [2025] No. 22, NDRC Order No. 36; text not checked)}.
 * A point checked against its documents is cited as theirs, never as a setting.
 */
final class UncheckedReference {

    static final String OPEN = "（参考：";
    static final String CLOSE = "，条文未核对）";
    static final String ENGLISH = "text not checked";

    private UncheckedReference() {
    }

    /** A setting's sentence and the document numbers of its reference; empty when the setting names no reference. */
    record Parts(String sentence, List<String> numbers) {
    }

    static Optional<Parts> of(String setting) {
        int open = setting.lastIndexOf(OPEN);
        if (!setting.endsWith(CLOSE) || open < 0) {
            return Optional.empty();
        }
        int colon = setting.indexOf('：');
        String sentence = setting.substring(colon + 1, open);
        String numbers = setting.substring(open + OPEN.length(), setting.length() - CLOSE.length());
        return Optional.of(new Parts(sentence, List.of(numbers.split("、"))));
    }

    /** The reference as users read it, after the point's sentence. */
    static String reference(List<LegalDocument> documents) {
        return OPEN + String.join("、", documents.stream().map(LegalDocument::number).toList()) + CLOSE;
    }

    /** Whether every document of the point is borne out by a stored article (its support). */
    static boolean checked(LegalPoint point) {
        return point.documents().stream()
                .allMatch(id -> point.support().stream().anyMatch(s -> s.document().equals(id)));
    }

    /** What is wrong with a setting's reference: unknown numbers, a sentence that is not the point, a checked point. */
    static List<String> problems(Parts parts, List<LegalDocument> documents, List<LegalPoint> points, String part) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String number : parts.numbers()) {
            Optional<LegalDocument> d = documents.stream().filter(x -> x.number().equals(number)).findFirst();
            if (d.isEmpty()) {
                problems.add("a reference names documents of " + Citations.SOURCES + " by their numbers only (no title,"
                        + " no article): " + number + ": " + part);
            } else {
                ids.add(d.get().id());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Optional<LegalPoint> point = points.stream()
                .filter(p -> p.zh().equals(parts.sentence()) && new HashSet<>(p.documents()).equals(ids)).findFirst();
        if (point.isEmpty()) {
            problems.add("a setting with a reference says a point " + Citations.SOURCES + " gives for " + ids + ": "
                    + part);
        } else if (checked(point.get())) {
            problems.add(point.get().id() + " is checked against its documents' stored text: cite it as theirs, with"
                    + " its articles, not as a setting with an unchecked reference: " + part);
        }
        return problems;
    }

    /** What is wrong with the English beside a reference: the same documents, and that their text is not checked. */
    static List<String> problemsInEnglish(Parts parts, List<LegalDocument> documents, String en) {
        List<String> problems = new ArrayList<>();
        documents.stream().filter(d -> parts.numbers().contains(d.number()) && !en.contains(d.numberEn()))
                .forEach(d -> problems.add("the English does not name the reference " + d.numberEn() + ": " + en));
        if (!en.contains(ENGLISH)) {
            problems.add("the English does not say the reference's text is not checked (\"" + ENGLISH + "\"): " + en);
        }
        return problems;
    }

    /** The English of {@link #shown}: the same documents by their English numbers and articles, no quotation. */
    static String english(LegalPoint point, List<LegalDocument> documents) {
        if (!checked(point)) {
            return "The city's setting: " + point.en() + " (reference: " + String.join(", ",
                    documents.stream().map(LegalDocument::numberEn).toList()) + "; " + ENGLISH + ")";
        }
        List<String> cited = new ArrayList<>();
        for (LegalDocument d : documents) {
            cited.add(d.numberEn() + " " + Articles.english(article(point, d)));
        }
        return String.join(", ", cited) + ": " + point.en();
    }

    private static String article(LegalPoint point, LegalDocument d) {
        return point.support().stream().filter(s -> s.document().equals(d.id())).findFirst()
                .map(s -> Articles.shortName(s.article())).orElseThrow();
    }

    /**
     * What users read of a point: its documents' words when checked (with the articles that bear it out), else the
     * city's setting with the documents as an unchecked reference.
     */
    static String shown(LegalPoint point, List<LegalDocument> documents) {
        if (!checked(point)) {
            return Citations.SETTING_PREFIXES.get(0) + point.zh() + reference(documents);
        }
        List<String> cited = new ArrayList<>();
        for (LegalDocument d : documents) {
            cited.add(d.number() + " " + article(point, d));
        }
        return String.join("、", cited) + "：" + point.zh();
    }
}
