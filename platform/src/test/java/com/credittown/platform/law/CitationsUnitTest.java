package com.credittown.platform.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The basis format (docs/citations.md), one branch each, against the real sources file and plan text. */
class CitationsUnitTest {

    private final Citations citations = Citations.load();

    @Test
    void aVerbatimQuotationOfTheCitedSectionPasses() {
        assertThat(citations.problems("依据：东府办〔2024〕6号（二十）：“一次申请、一口受理、部门协同、一次办成”")).isEmpty();
        // the plan's text writes ASCII commas; a full-width comma in the quotation is the same text
        assertThat(citations.problems("东府办〔2024〕6号（十二）：“建立健全政务失信记录，落实政务失信整改和责任追究制度”"))
                .isEmpty();
        // a quotation inside the quotation is written ‘…’
        assertThat(citations.problems("东府办〔2024〕6号（十二）：“确保全市党政机关、事业单位‘零失信’”")).isEmpty();
    }

    @Test
    void aSentenceThePlanDoesNotHaveFails() {
        assertThat(citations.problems("东府办〔2024〕6号（十二）：“力争政务失信‘零发生’”")).singleElement()
                .asString().contains("is not in 东府办〔2024〕6号");
        assertThat(citations.problems("东府办〔2024〕6号（二十）：“3个工作日内作出受理或不予受理决定”")).hasSize(1);
    }

    @Test
    void aQuotationFromAnotherSectionFails() {
        assertThat(citations.problems("东府办〔2024〕6号（十二）：“一次申请、一口受理、部门协同、一次办成”")).hasSize(1);
    }

    @Test
    void aSectionThePlanDoesNotHaveFails() {
        assertThat(citations.problems("东府办〔2024〕6号（三十）")).singleElement().asString().contains("no section");
    }

    @Test
    void thePlanIsNotParaphrased() {
        assertThat(citations.problems("东府办〔2024〕6号（二十）：谁认定、谁修复")).singleElement().asString()
                .contains("never paraphrased");
    }

    @Test
    void aNationalRuleIsCitedByOneOfItsPointsWithoutQuotationMarks() {
        assertThat(citations.problems("国办发〔2025〕22号 二：一般失信信息公示期最短3个月、最长1年")).isEmpty();
        // no quotation of a national rule but the ones its stored articles bear out
        assertThat(citations.problems("国办发〔2025〕22号：“受理渠道在3个工作日内作出是否受理的决定”")).hasSize(1);
        // a point is cited with the documents the sources file gives it
        assertThat(citations.problems("国办发〔2025〕22号：受理渠道在3个工作日内作出是否受理的决定")).singleElement()
                .asString().contains("not a point");
        assertThat(citations.problems("国办发〔2025〕22号、国家发展改革委令第36号：受理后即可修复")).hasSize(1);
    }

    /** The acceptance period: a point no stored text bears out (条文未核对). */
    private static final String ACCEPTANCE = "受理渠道在3个工作日内作出是否受理的决定";
    private static final String BOTH = "国办发〔2025〕22号、国家发展改革委令第36号";

    @Test
    void anUncheckedPointIsNeverShownAsItsDocumentsWordsButAsTheCitysSettingWithAnUncheckedReference() {
        assertThat(citations.problems(BOTH + "：" + ACCEPTANCE)).singleElement().asString()
                .contains("repair-acceptance is not checked against its documents' text (条文未核对)")
                .contains("市信用办设置：" + ACCEPTANCE + "（参考：" + BOTH + "，条文未核对）");
        assertThat(citations.problems("市信用办设置：" + ACCEPTANCE + "（参考：" + BOTH + "，条文未核对）")).isEmpty();
        assertThat(citations.problems("依据：东府办〔2024〕6号（二十）；市信用办设置：" + ACCEPTANCE + "（参考：" + BOTH
                + "，条文未核对）；市信用办设置：受理前不得增设环节")).isEmpty();
        // the reference names exactly the point's documents, by their numbers only
        assertThat(citations.problems("市信用办设置：" + ACCEPTANCE + "（参考：国办发〔2025〕22号，条文未核对）"))
                .singleElement().asString().contains("a setting with a reference says a point");
        assertThat(citations.problems("市信用办设置：" + ACCEPTANCE + "（参考：国办发〔2025〕22号 二、国家发展改革委令第36号，"
                + "条文未核对）")).singleElement().asString().contains("by their numbers only");
        // the sentence is the point's; the setting itself still names no document
        assertThat(citations.problems("市信用办设置：受理后即可修复（参考：" + BOTH + "，条文未核对）")).singleElement()
                .asString().contains("a setting with a reference says a point");
        assertThat(citations.problems("市信用办设置：依国办发〔2025〕22号" + ACCEPTANCE + "（参考：" + BOTH + "，条文未核对）"))
                .anyMatch(p -> p.contains("a setting neither names a document"));
        // a reference without its mark is not a reference: the setting names documents
        assertThat(citations.problems("市信用办设置：" + ACCEPTANCE + "（参考：" + BOTH + "）")).singleElement().asString()
                .contains("a setting neither names a document");
        // a checked point is its documents' words, never a setting with an unchecked reference
        assertThat(citations.problems("市信用办设置：失信信息分为轻微、一般、严重三类（参考：国办发〔2025〕22号，条文未核对）"))
                .singleElement().asString().contains("repair-severity-classes is checked");
    }

    @Test
    void aPointIsShownFromTheSourcesFileAsItsDocumentsWordsOnlyWhenChecked() {
        assertThat(citations.shown("repair-severity-classes")).isEqualTo(new ShownPoint(
                "国办发〔2025〕22号 二：失信信息分为轻微、一般、严重三类",
                "Guo Ban Fa [2025] No. 22 section 2: dishonesty information is minor, general or severe"));
        assertThat(citations.shown("repair-ends-publicity").zh())
                .isEqualTo("国家发展改革委令第36号 第三条：修复成功的终止公示并更新信用评价结果");
        assertThat(citations.shown("repair-acceptance")).isEqualTo(new ShownPoint(
                "市信用办设置：" + ACCEPTANCE + "（参考：" + BOTH + "，条文未核对）",
                "The city's setting: the accepting channel decides on acceptance within 3 working days (reference: Guo"
                        + " Ban Fa [2025] No. 22, NDRC Order No. 36; text not checked)"));
        for (LegalPoint point : citations.points()) {
            ShownPoint shown = citations.shown(point.id());
            assertThat(citations.problems(shown.zh())).as(point.id()).isEmpty();
            assertThat(citations.problemsInEnglish(shown.zh(), shown.en())).as(point.id()).isEmpty();
        }
    }

    @Test
    void aTitleIsTheDocumentsOwn() {
        assertThat(citations.problems("国办发〔2020〕42号《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》"))
                .isEmpty();
        assertThat(citations.problems("国办发〔2025〕22号《信用修复管理办法》")).singleElement().asString()
                .contains("is not the title");
    }

    @Test
    void aSettingNamesNoDocument() {
        assertThat(citations.problems("市信用办设置：默认公示期（工作日）")).isEmpty();
        assertThat(citations.problems("市信用办设置：依东府办〔2024〕6号（二十二）公示7天")).singleElement().asString()
                .contains("a setting neither names a document");
        assertThat(citations.problems("东府办〔2024〕6号（二十二）；市信用办设置：公示并受理异议")).isEmpty();
    }

    @Test
    void aTextThatIsNeitherFails() {
        assertThat(citations.problems("《中华人民共和国行政许可法》第四十二条")).singleElement().asString()
                .contains("neither a citation");
        assertThat(citations.problems("")).containsExactly("the basis is empty");
    }

    @Test
    void theEnglishNamesTheSameDocumentsAndQuotesOnlyWhereTheChineseDoes() {
        String zh = "国家发展改革委令第36号 第三条：修复成功的终止公示并更新信用评价结果";
        assertThat(citations.problemsInEnglish(zh,
                "NDRC Order No. 36 article 3: success ends publicity and updates the credit evaluation")).isEmpty();
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22: \"success ends publicity\""))
                .hasSize(2);
        assertThat(citations.problemsInEnglish("市信用办设置：默认公示期", "Seven days")).hasSize(1);
    }

    @Test
    void theEnglishOfAnUncheckedReferenceNamesItsDocumentsAndSaysTheirTextIsNotChecked() {
        String zh = "市信用办设置：" + ACCEPTANCE + "（参考：" + BOTH + "，条文未核对）";
        assertThat(citations.problemsInEnglish(zh, "The city's setting: the accepting channel decides within 3 working"
                + " days (reference: Guo Ban Fa [2025] No. 22, NDRC Order No. 36; text not checked)")).isEmpty();
        assertThat(citations.problemsInEnglish(zh, "The city's setting: the accepting channel decides within 3 working"
                + " days (reference: Guo Ban Fa [2025] No. 22, NDRC Order No. 36)")).singleElement().asString()
                .contains("text not checked");
        assertThat(citations.problemsInEnglish(zh, "The city's setting: the accepting channel decides within 3 working"
                + " days (reference: Guo Ban Fa [2025] No. 22; text not checked)")).singleElement().asString()
                .contains("NDRC Order No. 36");
        // the English of a reference is a setting's
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22, NDRC Order No. 36: the accepting"
                + " channel decides within 3 working days; text not checked")).singleElement().asString()
                .contains("does not say it is a setting");
    }

    @Test
    void aCheckedPointNamesTheArticlesThatBearItOutAndNoDocumentThatDoesNot() {
        String classes = "：失信信息分为轻微、一般、严重三类";
        // checked against 22号 section 二 only: cited with 22号 and its section alone
        assertThat(citations.problems("国办发〔2025〕22号 二" + classes)).isEmpty();
        assertThat(citations.problems("国办发〔2025〕22号" + classes)).singleElement()
                .asString().contains("is checked against 国办发〔2025〕22号 二");
        assertThat(citations.problems("国办发〔2025〕22号 一" + classes)).singleElement()
                .asString().contains("is not checked against 国办发〔2025〕22号 一");
        // Order 36's article on the classes is not read: naming Order 36 beside the sentence fails, with or without
        // an article
        assertThat(citations.problems("国办发〔2025〕22号 二、国家发展改革委令第36号" + classes)).singleElement()
                .asString().contains("not a point");
        assertThat(citations.problems("国办发〔2025〕22号 二、国家发展改革委令第36号 第三条" + classes)).singleElement()
                .asString().contains("not a point");
        // an unchecked point names no article either: it is not its documents' words at all
        assertThat(citations.problems("国办发〔2025〕22号 二、国家发展改革委令第36号：" + ACCEPTANCE)).singleElement()
                .asString().contains("is not checked against its documents' text");
        // an article not read is never named; the plan is cited by its sections
        assertThat(citations.problems("国家发展改革委令第36号 第九条")).singleElement().asString()
                .contains("has no article 第九条");
        assertThat(citations.problems("东府办〔2024〕6号 二")).singleElement().asString()
                .contains("by its sections");
        // a quotation with its article must be in that article
        assertThat(citations.problems("国家发展改革委令第36号 第三条：“有关方面应当更新信用评价结果”")).isEmpty();
        assertThat(citations.problems("国家发展改革委令第36号 第四条：“有关方面应当更新信用评价结果”")).singleElement()
                .asString().contains("is not in 国家发展改革委令第36号 第四条");
    }

    @Test
    void theEnglishNamesTheArticleBesideTheDocument() {
        String zh = "国办发〔2025〕22号 二：失信信息分为轻微、一般、严重三类";
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22 section 2:"
                + " dishonesty information is minor, general or severe")).isEmpty();
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22: three classes"))
                .singleElement().asString().contains("Guo Ban Fa [2025] No. 22 section 2");
        assertThat(Articles.english("第三条")).isEqualTo("article 3");
        assertThat(Articles.english("二十五")).isEqualTo("section 25");
    }

    private static final String EXCERPT = """
            # a note
            第一章 总则
            第三条 有关方面按照规定终止公示。
            有关方面应当更新信用评价结果。
            第四条 本办法所称的失信信息。
            """;

    private static Citations order(List<String> articles, List<String> quotes, LegalPoint point) {
        LegalDocument d = new LegalDocument("o", "某令第1号", "Order No. 1", "办法", null, null, "o.txt", articles,
                quotes);
        return new Citations(List.of(d), List.of(point), Map.of(), Map.of("o", EXCERPT));
    }

    private static LegalPoint point(List<LegalPoint.Support> support, String unchecked) {
        return new LegalPoint("p", List.of("o"), "修复后更新评价", "updated", support, unchecked);
    }

    @Test
    void aPointsSupportIsAVerbatimSentenceOfTheCitedStoredArticle() {
        LegalPoint.Support second = new LegalPoint.Support("o", "第三条", "有关方面应当更新信用评价结果");
        assertThat(order(List.of("第三条"), List.of(), point(List.of(second), null)).sourcesProblems()).isEmpty();
        // the sentence is in another article
        assertThat(order(List.of("第三条", "第四条"), List.of(),
                point(List.of(new LegalPoint.Support("o", "第四条", "有关方面应当更新信用评价结果")), null))
                .sourcesProblems()).singleElement().asString().contains("does not say");
        // an article the document does not list, or that is not in the excerpt
        assertThat(order(List.of(), List.of(), point(List.of(second), null)).sourcesProblems()).singleElement()
                .asString().contains("does not list the article");
        assertThat(order(List.of("第九条"), List.of(), point(List.of(), "not read")).sourcesProblems())
                .singleElement().asString().contains("第九条, which is not in its stored excerpt");
        // a quotation the document lists must be in the excerpt
        assertThat(order(List.of(), List.of("原则上不予公示"), point(List.of(), "not read")).sourcesProblems())
                .singleElement().asString().contains("does not say");
    }

    @Test
    void aPointIsCheckedAgainstAllItsDocumentsOrNone() {
        LegalDocument order = new LegalDocument("o", "某令第1号", "Order No. 1", "办法", null, null, "o.txt",
                List.of("第三条"), List.of());
        LegalDocument other = new LegalDocument("x", "某发第2号", "Notice No. 2", "方案", null, null, null, null, null);
        LegalPoint.Support third = new LegalPoint.Support("o", "第三条", "有关方面应当更新信用评价结果");
        LegalPoint half = new LegalPoint("p", List.of("o", "x"), "修复后更新评价", "updated", List.of(third),
                "x: not read");
        assertThat(new Citations(List.of(order, other), List.of(half), Map.of(), Map.of("o", EXCERPT))
                .sourcesProblems()).singleElement().asString().contains("checked against some of its documents only");
        LegalPoint whole = new LegalPoint("p", List.of("o"), "修复后更新评价", "updated", List.of(third), null);
        assertThat(new Citations(List.of(order, other), List.of(whole), Map.of(), Map.of("o", EXCERPT))
                .sourcesProblems()).isEmpty();
    }

    @Test
    void aPointNoTextBearsOutSaysSo() {
        assertThat(order(List.of(), List.of(), point(List.of(), null)).sourcesProblems()).singleElement().asString()
                .contains("unchecked");
        assertThat(order(List.of(), List.of(), point(List.of(), "the article is not read")).sourcesProblems())
                .isEmpty();
    }
}
