package com.credittown.platform.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Longer than 300 lines because the format is one grammar, and its parser and checks read best in one place; the
 * article rules, texts and excerpts are classes of their own ({@link Articles}, {@link HeldTexts}, {@link Excerpts}).
 *
 * <p>The one format of a legal basis (依据) the product shows, and its check against the sources file
 * ({@code law/sources.json}) and the plan's text. A basis is one or more parts separated by "；", optionally after
 * "依据：". A part is either
 * <ul>
 *   <li>a setting: it begins with one of {@link #SETTING_PREFIXES} (市信用办设置：…) and neither names a document nor
 *       quotes one: a choice no document prescribes; or a point no stored text bears out, followed by its documents
 *       as a reference whose text is not checked ({@link UncheckedReference}: （参考：…，条文未核对）); or</li>
 *   <li>a citation: one or more document numbers from the sources file (each optionally followed by its exact
 *       《title》 and, for a national rule, a space and the article read, {@link Articles}; joined by "、"), then the plan's sections such as （二十）, then either nothing, or "：" and verbatim
 *       quotations “…” (checked against the cited sections of the text we hold, or for a national rule against the
 *       quotations the sources file lists, each of them in the rule's stored excerpt; a nested quotation is written
 *       ‘…’), or "：" and one of the sources file's points for exactly those documents, without quotation marks (the
 *       paraphrase), only if the stored text of every one of them bears the point out.</li>
 * </ul>
 * Punctuation is compared in one width (the plan's text uses ASCII commas and brackets).
 */
public final class Citations {

    public static final String SOURCES = "law/sources.json";

    /** How a setting begins: the city's (市信用办) or the tenant's own choice, never a document's. */
    public static final List<String> SETTING_PREFIXES = List.of("市信用办设置：", "本镇街（园区）设置：",
            "本镇街（园区）评选轮次参数：");

    private static final Pattern SECTION = Pattern.compile("（([一二三四五六七八九十]+)）");
    private static final Pattern QUOTE = Pattern.compile("“([^”]+)”");

    private final List<LegalDocument> documents;
    private final List<LegalPoint> points;
    private final HeldTexts texts;
    private final Excerpts excerpts;

    Citations(List<LegalDocument> documents, List<LegalPoint> points, Map<String, String> texts,
              Map<String, String> excerpts) {
        this.documents = documents.stream().sorted(Comparator.comparingInt((LegalDocument d) -> d.number().length())
                .reversed()).toList();
        this.points = List.copyOf(points);
        this.texts = new HeldTexts(texts);
        this.excerpts = new Excerpts(excerpts);
    }

    /** The sources file and the texts it names, from the class path. */
    public static Citations load() {
        return SourcesFile.read();
    }

    public List<LegalDocument> documents() {
        return documents;
    }

    public Optional<LegalDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** What is wrong with a Chinese basis; empty when every part is a checked citation or a setting. */
    public List<String> problems(String basis) {
        List<String> problems = new ArrayList<>();
        if (basis == null || basis.isBlank()) {
            problems.add("the basis is empty");
            return problems;
        }
        String text = basis.strip();
        if (text.startsWith("依据：")) {
            text = text.substring("依据：".length());
        }
        for (String part : parts(text)) {
            check(part.strip(), problems);
        }
        return problems;
    }

    /**
     * What the sources file says of the national rules that the stored excerpts (the articles read so far) do not
     * bear out: an article or quotation a document lists, a point's support (document, article, verbatim sentence), and
     * a point citing a document no support bears out without saying so ({@code unchecked}).
     */
    public List<String> sourcesProblems() {
        List<String> problems = new ArrayList<>();
        for (LegalDocument d : documents) {
            if (d.hasText()) {
                continue;
            }
            Map<String, String> read = excerpts.articlesOf(d.id());
            if (d.excerpt() == null && !(d.articles().isEmpty() && d.quotes().isEmpty())) {
                problems.add(d.id() + " lists articles or quotations but no stored excerpt bears them out");
            }
            if (d.excerpt() != null && read.isEmpty()) {
                problems.add(d.id() + ": " + d.excerpt() + " holds no article");
            }
            d.articles().stream().filter(a -> !read.containsKey(a))
                    .forEach(a -> problems.add(d.id() + " lists " + a + ", which is not in its stored excerpt"));
            d.quotes().stream().filter(q -> !excerpts.saysAnywhere(d.id(), q))
                    .forEach(q -> problems.add(d.id() + " lists “" + q + "”, which its stored excerpt does not say"));
        }
        for (LegalPoint p : points) {
            for (LegalPoint.Support s : p.support()) {
                Optional<LegalDocument> d = document(s.document());
                if (d.isEmpty() || !p.documents().contains(s.document())) {
                    problems.add(p.id() + ": support from " + s.document() + ", which the point does not cite");
                } else if (!d.get().articles().contains(s.article())) {
                    problems.add(p.id() + ": " + s.document() + " does not list the article " + s.article());
                } else if (!excerpts.says(s.document(), s.article(), s.quote())) {
                    problems.add(p.id() + ": " + s.document() + " " + s.article() + " does not say “" + s.quote() + "”");
                }
            }
            boolean unsupported = p.documents().stream()
                    .anyMatch(id -> p.support().stream().noneMatch(s -> s.document().equals(id)));
            if (unsupported && (p.unchecked() == null || p.unchecked().isBlank())) {
                problems.add(p.id() + " cites a document no support bears out and does not say so (unchecked)");
            }
            if (unsupported && !p.support().isEmpty()) {
                problems.add(p.id() + " is checked against some of its documents only: a point is shown as all its"
                        + " documents' words or as none's, so cite it with the documents that bear it out");
            }
            p.documents().stream().filter(id -> document(id).isEmpty())
                    .forEach(id -> problems.add(p.id() + " cites " + id + ", which is not in " + SOURCES));
        }
        return problems;
    }

    /**
     * A point of the sources file as users read it, built in one place: a checked point as its documents' words with
     * the articles that bear it out ({@code 国办发〔2025〕22号 二：…}); an unchecked one as the city's setting with its
     * documents as a reference whose text is not checked ({@code 市信用办设置：…（参考：…，条文未核对）}).
     */
    public ShownPoint shown(String pointId) {
        LegalPoint point = points.stream().filter(p -> p.id().equals(pointId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no point " + pointId + " in " + SOURCES));
        List<LegalDocument> cited = point.documents().stream().map(id -> document(id).orElseThrow()).toList();
        return new ShownPoint(UncheckedReference.shown(point, cited), UncheckedReference.english(point, cited));
    }

    /** The points of the sources file. */
    public List<LegalPoint> points() {
        return points;
    }

    /** The documents a Chinese basis cites (ids), settings aside. */
    public Set<String> cited(String basis) {
        Set<String> ids = new HashSet<>();
        for (String part : parts(basis)) {
            String p = part.strip().startsWith("依据：") ? part.strip().substring(3) : part.strip();
            ids.addAll(leadingDocuments(p).documents().stream().map(LegalDocument::id).toList());
        }
        return ids;
    }

    /**
     * What is wrong with the English beside a Chinese basis: it must name the same documents (by their English
     * numbers) and may quote only where the Chinese quotes.
     */
    public List<String> problemsInEnglish(String zh, String en) {
        List<String> problems = new ArrayList<>();
        if (en == null || en.isBlank()) {
            problems.add("no English");
            return problems;
        }
        for (String part : parts(zh.startsWith("依据：") ? zh.substring(3) : zh)) {
            Lead lead = leadingDocuments(part.strip());
            for (LegalDocument d : lead.documents()) {
                String article = lead.articles().get(d.id());
                String named = article == null || Articles.key(d, article).isEmpty() ? d.numberEn()
                        : d.numberEn() + " " + Articles.english(article);
                if (!en.contains(named)) {
                    problems.add("the English does not name " + named + ": " + en);
                }
            }
        }
        for (String part : parts(zh.startsWith("依据：") ? zh.substring(3) : zh)) {
            UncheckedReference.of(part.strip())
                    .ifPresent(r -> problems.addAll(UncheckedReference.problemsInEnglish(r, documents, en)));
        }
        if (!zh.contains("“") && (en.contains("\"") || en.contains("“"))) {
            problems.add("the English quotes what the Chinese does not: " + en);
        }
        boolean settingOnly = cited(zh).isEmpty();
        if (settingOnly && !(en.contains("setting") || en.contains("parameter"))) {
            problems.add("the English does not say it is a setting: " + en);
        }
        return problems;
    }

    private Lead leadingDocuments(String part) {
        List<LegalDocument> found = new ArrayList<>();
        Map<String, String> articles = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int pos = 0;
        while (true) {
            int at = pos;
            Optional<LegalDocument> d = documents.stream().filter(x -> part.startsWith(x.number(), at)).findFirst();
            if (d.isEmpty()) {
                break;
            }
            found.add(d.get());
            pos += d.get().number().length();
            if (part.startsWith("《", pos)) {
                int close = part.indexOf('》', pos);
                String title = close < 0 ? part.substring(pos + 1) : part.substring(pos + 1, close);
                if (!title.equals(d.get().title())) {
                    problems.add("《" + title + "》 is not the title of " + d.get().number() + " (《" + d.get().title()
                            + "》)");
                }
                pos = close < 0 ? part.length() : close + 1;
            }
            if (part.startsWith(" ", pos)) {
                int end = Articles.end(part, pos + 1);
                articles.put(d.get().id(), part.substring(pos + 1, end));
                problems.addAll(Articles.problemsNaming(d.get(), part.substring(pos + 1, end)));
                pos = end;
            }
            if (part.startsWith("、", pos)) {
                pos++;
            } else {
                break;
            }
        }
        return new Lead(found, articles, pos, problems);
    }

    private void check(String part, List<String> problems) {
        if (SETTING_PREFIXES.stream().anyMatch(part::startsWith)) {
            Optional<UncheckedReference.Parts> reference = UncheckedReference.of(part);
            String own = reference.isPresent() ? part.substring(0, part.lastIndexOf(UncheckedReference.OPEN)) : part;
            if (own.contains("“") || documents.stream().anyMatch(d -> own.contains(d.number()))) {
                problems.add("a setting neither names a document nor quotes one (cite it in a part of its own, or"
                        + " name an unchecked point's documents in its reference " + UncheckedReference.OPEN + "…"
                        + UncheckedReference.CLOSE + "): " + part);
            }
            reference.ifPresent(r -> problems.addAll(UncheckedReference.problems(r, documents, points, part)));
            return;
        }
        Lead lead = leadingDocuments(part);
        problems.addAll(lead.problems());
        if (lead.documents().isEmpty()) {
            problems.add("neither a citation of a document in " + SOURCES + " nor a setting (" + SETTING_PREFIXES
                    + "): " + part);
            return;
        }
        int pos = lead.end();
        List<String> sections = new ArrayList<>();
        Matcher section = SECTION.matcher(part);
        while (section.find(pos) && section.start() == pos) {
            sections.add(section.group(1));
            pos = section.end();
        }
        LegalDocument first = lead.documents().get(0);
        if (!sections.isEmpty()) {
            Map<String, String> known = texts.sectionsOf(first.id());
            if (lead.documents().size() != 1 || known == null) {
                problems.add("sections are cited only of the one document whose text we hold: " + part);
                return;
            }
            sections.stream().filter(s -> !known.containsKey(s))
                    .forEach(s -> problems.add(first.number() + " has no section （" + s + "）: " + part));
        }
        String rest = part.substring(pos);
        if (rest.isEmpty()) {
            return;
        }
        if (!rest.startsWith("：")) {
            problems.add("after the document and its sections comes nothing, or \"：\" and what it says: " + part);
            return;
        }
        String claim = rest.substring(1);
        if (claim.contains("“") || claim.contains("”")) {
            checkQuotes(part, claim, lead, sections, problems);
        } else {
            checkPoint(part, claim, lead, problems);
        }
    }

    private void checkQuotes(String part, String claim, Lead lead, List<String> sections, List<String> problems) {
        List<LegalDocument> cited = lead.documents();
        if (cited.size() != 1) {
            problems.add("a quotation comes from one document: " + part);
            return;
        }
        LegalDocument d = cited.get(0);
        String between = QUOTE.matcher(claim).replaceAll("").replace("……", "").replace("，", "").replace("、", "");
        if (!between.isEmpty()) {
            problems.add("after \"：\" come only quotations (joined by ……), or a point without quotation marks: "
                    + part);
        }
        Matcher quote = QUOTE.matcher(claim);
        while (quote.find()) {
            String q = quote.group(1);
            Optional<String> article = Optional.ofNullable(lead.articles().get(d.id())).flatMap(a -> Articles.key(d, a));
            if (!texts.quoted(d, sections, q)) {
                problems.add("“" + q + "” is not in " + d.number()
                        + (sections.isEmpty() ? "" : " （" + String.join("）（", sections) + "）") + ": " + part);
            } else if (article.isPresent() && !excerpts.says(d.id(), article.get(), q)) {
                problems.add("“" + q + "” is not in " + d.number() + " " + article.get() + ": " + part);
            }
        }
    }

    private void checkPoint(String part, String claim, Lead lead, List<String> problems) {
        List<LegalDocument> cited = lead.documents();
        if (cited.stream().anyMatch(LegalDocument::hasText)) {
            problems.add("the plan is quoted verbatim (“…”), never paraphrased: " + part);
            return;
        }
        Set<String> ids = new HashSet<>(cited.stream().map(LegalDocument::id).toList());
        Optional<LegalPoint> known = points.stream()
                .filter(p -> p.zh().equals(claim) && new HashSet<>(p.documents()).equals(ids)).findFirst();
        if (known.isEmpty()) {
            problems.add("not a point " + SOURCES + " gives for " + ids + ": " + part);
        } else if (!UncheckedReference.checked(known.get())) {
            problems.add(known.get().id() + " is not checked against its documents' text (条文未核对): it is never"
                    + " shown as theirs, only as " + UncheckedReference.shown(known.get(), cited) + ": " + part);
        } else {
            problems.addAll(Articles.problemsOfPoint(known.get(), cited, lead.articles(), part));
        }
    }

    /** Parts separated by "；" outside quotations. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
            }
            if (c == '；' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
