package com.credittown.platform.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every legal basis (依据) the product shows, from every module's main sources and resources, is a citation the
 * sources file and the plan's text bear out, or a setting (docs/citations.md). Reads the files of the checkout: the
 * JSON data (any "basis", the step bases, the decision rules' bases), the BPMN process documentation, and every Java
 * string, JSON value or message that names a document.
 */
class LegalBasisCitationTest {

    /** A text that names a document: such a text is a basis, or it is wrong. */
    private static final Pattern NAMES_A_DOCUMENT = Pattern.compile("东府办〔|国办发〔|发展改革委令|《[^》]{2,40}》第");
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern DOCUMENTATION = Pattern.compile("<documentation>([^<]*)</documentation>");
    private static final List<String> MODULES = List.of("platform", "workflows", "tenants", "ui");

    private static Citations citations;
    private static Path root;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() {
        citations = Citations.load();
        root = Path.of("").toAbsolutePath().getParent();
    }

    private record Shown(String where, String zh, String en) {
    }

    /**
     * What users read beside a national rule: the section a point is checked against and only the documents whose
     * stored text bears it out (国办发〔2025〕22号 二 for the three classes of dishonesty information; Order 36's article on
     * them is not read), and, for a point no stored text bears out (the acceptance period), the city's setting with
     * the documents as a reference whose text is not checked.
     */
    @Test
    void aCheckedPointShownNamesItsSectionAndAnUncheckedOneIsTheCitysSettingWithAReference() throws IOException {
        List<Shown> shown = shownBases();
        assertThat(shown).filteredOn(s -> s.zh().contains("失信信息分为轻微、一般、严重三类")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.zh()).contains("国办发〔2025〕22号 二：失信信息分为轻微、一般、严重三类")
                        .doesNotContain("国家发展改革委令第36号：失信信息"));
        assertThat(shown).filteredOn(s -> s.zh().contains("受理渠道在3个工作日内作出是否受理的决定")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.zh()).contains("市信用办设置：受理渠道在3个工作日内作出是否受理的决定（参考："
                        + "国办发〔2025〕22号、国家发展改革委令第36号，条文未核对）"));
    }

    /**
     * Wherever a point's sentence is shown, that part of the basis is the point as {@link Citations#shown} builds it
     * from the sources file: a checked point as its documents' words with their articles, an unchecked one (条文未核对)
     * never as any document's words or quotation, only as the city's setting with its documents as an unchecked
     * reference; and the English beside it says the same.
     */
    @Test
    void wherePointsAreShownTheyReadAsTheSourcesFileBuildsThem() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> uncheckedShown = new HashSet<>();
        for (Shown s : shownBases()) {
            String zh = s.zh().startsWith("依据：") ? s.zh().substring(3) : s.zh();
            for (String part : Citations.parts(zh)) {
                for (LegalPoint point : citations.points()) {
                    if (!part.contains(point.zh())) {
                        continue;
                    }
                    ShownPoint built = citations.shown(point.id());
                    if (!part.strip().equals(built.zh())) {
                        problems.add(s.where() + ": " + part.strip() + " is not " + built.zh());
                    }
                    String en = s.en() == null ? null : s.en().toLowerCase(Locale.ROOT);
                    if (en != null && !en.contains(built.en().toLowerCase(Locale.ROOT))) {
                        problems.add(s.where() + " (en): " + s.en() + " does not say " + built.en());
                    }
                    if (!UncheckedReference.checked(point)) {
                        uncheckedShown.add(point.id());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        // the unchecked points the data shows (a moved file must not pass the test by being skipped); the repair
        // notice's and the objections' bases are built by Citations.shown itself
        assertThat(uncheckedShown).contains("repair-acceptance", "repair-result", "repair-by-recorder",
                "repair-after-minimum", "commitment-order-to-rectify");
    }

    @Test
    void everyBasisShownIsACheckedCitationOrASetting() throws IOException {
        List<Shown> shown = shownBases();
        List<String> problems = new ArrayList<>();
        for (Shown s : shown) {
            citations.problems(s.zh()).forEach(p -> problems.add(s.where() + ": " + p));
            if (s.en() != null) {
                citations.problemsInEnglish(s.zh(), s.en()).forEach(p -> problems.add(s.where() + " (en): " + p));
            }
        }
        // the scan found the bases it must find (a moved file must not pass the test by being skipped)
        assertThat(shown).extracting(Shown::where)
                .anyMatch(w -> w.contains("step-legal-basis.json"))
                .anyMatch(w -> w.contains("decision-rules.json"))
                .anyMatch(w -> w.contains("credit-repair.parameters.json"))
                .anyMatch(w -> w.contains("credit-repair.steps.json"))
                .anyMatch(w -> w.contains("credit-repair.bpmn20.xml"))
                .anyMatch(w -> w.contains("StarDelegates.java"));
        assertThat(shown).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void decisionRulesNameTheDocumentsTheirTextCites() throws IOException {
        JsonNode rules = JSON.readTree(root.resolve("platform/src/main/resources/credit/decision-rules.json")
                .toFile()).get("rules");
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : rules) {
            JsonNode basis = rule.get("basis");
            String source = basis.get("source").asText();
            String zh = basis.get("zh").asText();
            if ("setting".equals(source)) {
                if (Citations.SETTING_PREFIXES.stream().noneMatch(zh::startsWith)) {
                    problems.add(rule.get("id").asText() + ": a setting is shown as one: " + zh);
                }
                continue;
            }
            Set<String> ids = new HashSet<>(Arrays.asList(source.split(",")));
            ids.stream().filter(id -> citations.document(id).isEmpty())
                    .forEach(id -> problems.add(rule.get("id").asText() + ": unknown document " + id));
            if (!citations.cited(zh).equals(ids)) {
                problems.add(rule.get("id").asText() + ": source " + ids + " but the text cites "
                        + citations.cited(zh));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whatTheSourcesFileSaysOfTheNationalRulesIsInTheirStoredArticles() {
        assertThat(citations.sourcesProblems()).isEmpty();
        // the articles read so far are the ones the sources file lists, and the repair points that can be checked are
        LegalDocument order = citations.document("ndrc-order-36").orElseThrow();
        assertThat(order.articles()).containsExactly("第一条", "第二条", "第三条", "第四条");
        assertThat(citations.document("gbf-2025-22").orElseThrow().articles()).contains("二、完善失信信息分类标准");
    }

    @Test
    void aNationalRuleIsQuotedOnlyWithWhatItsStoredArticlesSay() {
        assertThat(citations.problems("国办发〔2025〕22号：“失信信息分为‘轻微、一般、严重’三类”")).isEmpty();
        assertThat(citations.problems("国家发展改革委令第36号：“有关方面应当更新信用评价结果，依法依规解除相关失信惩戒措施”"))
                .isEmpty();
        // the order's wording as news reports give it is not a quotation of the order
        assertThat(citations.problems("国家发展改革委令第36号：“轻微失信信息原则上不予公示”")).hasSize(1);
    }

    @Test
    void thePlanTheSourcesFileNamesIsTheSeedsText() throws IOException {
        LegalDocument plan = citations.document("dongfu-ban-2024-6").orElseThrow();
        String text = Files.readString(root.resolve("platform/src/main/resources/" + plan.text()));
        assertThat(text).contains(plan.number()).contains("2024年2月26日").contains(plan.title());
    }

    private static List<Shown> shownBases() throws IOException {
        List<Shown> shown = new ArrayList<>();
        for (String module : MODULES) {
            Path main = root.resolve(module).resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    String where = root.relativize(file).toString();
                    if (name.endsWith(".json")) {
                        json(where, JSON.readTree(file.toFile()), null, shown);
                    } else if (name.endsWith(".bpmn20.xml") || name.endsWith(".bpmn")) {
                        Matcher m = DOCUMENTATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (m.find()) {
                            String text = m.group(1).strip();
                            if (text.startsWith("依据") || NAMES_A_DOCUMENT.matcher(text).find()) {
                                shown.add(new Shown(where, text, null));
                            }
                        }
                    } else if (name.endsWith(".java") && where.contains("/com/credittown/demo/")) {
                        // the demo city's records: the legal basis a recording department enters with its
                        // decision (data, like a 双公示 import row), not a basis the product itself asserts
                        continue;
                    } else if (name.endsWith(".java")) {
                        Matcher m = JAVA_STRING.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (m.find()) {
                            if (NAMES_A_DOCUMENT.matcher(m.group(1)).find()) {
                                shown.add(new Shown(where, m.group(1), null));
                            }
                        }
                    } else if (name.endsWith(".properties")) {
                        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                            int eq = line.indexOf('=');
                            if (eq > 0 && NAMES_A_DOCUMENT.matcher(line.substring(eq + 1)).find()) {
                                shown.add(new Shown(where + " " + line.substring(0, eq), line.substring(eq + 1), null));
                            }
                        }
                    }
                }
            }
        }
        return shown;
    }

    /** Every "basis" (a text, or a zh/en pair), every zh/en pair of the step bases, every text naming a document. */
    private static void json(String where, JsonNode node, String key, List<Shown> shown) {
        if (node.isObject()) {
            boolean basisPair = ("basis".equals(key) || where.endsWith("step-legal-basis.json"))
                    && node.has("zh") && node.has("en");
            if (basisPair) {
                shown.add(new Shown(where + " " + key, node.get("zh").asText(), node.get("en").asText()));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().startsWith("_comment")) {
                    json(where, field.getValue(), field.getKey(), shown);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> json(where, n, key, shown));
        } else if (node.isTextual()) {
            boolean basis = "basis".equals(key) || where.endsWith(".steps.json") && isForbiddenPosition(key);
            if (basis || NAMES_A_DOCUMENT.matcher(node.asText()).find()) {
                shown.add(new Shown(where + " " + key, node.asText(), null));
            }
        }
    }

    private static boolean isForbiddenPosition(String key) {
        return key != null && (key.startsWith("when") || key.startsWith("to"));
    }
}
