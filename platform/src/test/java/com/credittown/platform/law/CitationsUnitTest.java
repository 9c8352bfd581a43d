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
        assertThat(citations.problems("国办发〔2025〕22号、国家发展改革委令第36号：受理渠道在3个工作日内作出是否受理的决定"))
                .isEmpty();
        // the brief gives the national rules as summaries: no quotation of them can be checked
        assertThat(citations.problems("国办发〔2025〕22号：“受理渠道在3个工作日内作出是否受理的决定”")).hasSize(1);
        // a point is cited with the documents the sources file gives it
        assertThat(citations.problems("国办发〔2025〕22号：受理渠道在3个工作日内作出是否受理的决定")).singleElement()
                .asString().contains("not a point");
        assertThat(citations.problems("国办发〔2025〕22号、国家发展改革委令第36号：受理后即可修复")).hasSize(1);
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
        String zh = "国办发〔2025〕22号、国家发展改革委令第36号：受理渠道在3个工作日内作出是否受理的决定";
        assertThat(citations.problemsInEnglish(zh,
                "Guo Ban Fa [2025] No. 22, NDRC Order No. 36: the accepting channel decides within 3 working days"))
                .isEmpty();
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22: \"decide within 3 working days\""))
                .hasSize(2);
        assertThat(citations.problemsInEnglish("市信用办设置：默认公示期", "Seven days")).hasSize(1);
    }

    @Test
    void aPointCheckedAgainstAStoredArticleNamesItAndAnUncheckedOneNamesNone() {
        String classes = "：失信信息分为轻微、一般、严重三类";
        // checked against 22号 section 二 (Order 36 unchecked): the section is named beside 22号 only
        assertThat(citations.problems("国办发〔2025〕22号 二、国家发展改革委令第36号" + classes)).isEmpty();
        assertThat(citations.problems("国办发〔2025〕22号、国家发展改革委令第36号" + classes)).singleElement()
                .asString().contains("is checked against 国办发〔2025〕22号 二");
        assertThat(citations.problems("国办发〔2025〕22号 一、国家发展改革委令第36号" + classes)).singleElement()
                .asString().contains("is not checked against 国办发〔2025〕22号 一");
        assertThat(citations.problems("国办发〔2025〕22号 二、国家发展改革委令第36号 第三条" + classes)).singleElement()
                .asString().contains("unchecked there");
        // an unchecked point names no article
        String acceptance = "：受理渠道在3个工作日内作出是否受理的决定";
        assertThat(citations.problems("国办发〔2025〕22号、国家发展改革委令第36号" + acceptance)).isEmpty();
        assertThat(citations.problems("国办发〔2025〕22号 二、国家发展改革委令第36号" + acceptance)).singleElement()
                .asString().contains("unchecked there");
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
        String zh = "国办发〔2025〕22号 二、国家发展改革委令第36号：失信信息分为轻微、一般、严重三类";
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22 section 2, NDRC Order No. 36:"
                + " dishonesty information is minor, general or severe")).isEmpty();
        assertThat(citations.problemsInEnglish(zh, "Guo Ban Fa [2025] No. 22, NDRC Order No. 36: three classes"))
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
    void aPointNoTextBearsOutSaysSo() {
        assertThat(order(List.of(), List.of(), point(List.of(), null)).sourcesProblems()).singleElement().asString()
                .contains("unchecked");
        assertThat(order(List.of(), List.of(), point(List.of(), "the article is not read")).sourcesProblems())
                .isEmpty();
    }
}
