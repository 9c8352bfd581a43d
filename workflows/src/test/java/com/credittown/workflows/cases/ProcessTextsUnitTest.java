package com.credittown.workflows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.workflows.form.LocalizedText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every step of every city template and internal process has an English name, and every legal basis an English
 * text: a new BPMN step without one (or a renamed step whose names file was not updated) fails the build.
 */
class ProcessTextsUnitTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    private final ObjectMapper json = new ObjectMapper();
    private final ProcessTexts texts = new ProcessTexts(json);
    private final StepNames steps = new StepNames(texts);

    @Test
    void everyNamedElementOfEveryTemplateHasItsChineseAndEnglishName() throws Exception {
        List<Resource> models = bpmnModels();
        assertThat(models).extracting(Resource::getFilename).contains("credit-commitment.bpmn20.xml",
                "credit-repair.bpmn20.xml", "district-membership.bpmn20.xml", "government-rectification.bpmn20.xml",
                "integrity-star.bpmn20.xml", "city-supervision.bpmn20.xml");
        int checked = 0;
        for (Resource model : models) {
            Element process = process(model);
            String key = process.getAttribute("id");
            assertThat(texts.process(key)).as("names file of " + model.getFilename()).isPresent();
            assertThat(texts.process(key).get().zh()).as(key).isEqualTo(process.getAttribute("name"));
            assertThat(texts.process(key).get().en()).as(key).isNotBlank();
            NodeList all = process.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String name = element.getAttribute("name");
                if (name.isBlank() || element.getAttribute("id").isBlank()) {
                    continue;
                }
                String where = key + "/" + element.getAttribute("id") + " (" + name + ")";
                LocalizedText names = texts.step(key, element.getAttribute("id")).orElse(null);
                assertThat(names).as("English name of " + where).isNotNull();
                assertThat(names.zh()).as("Chinese name of " + where + " matches the BPMN").isEqualTo(name);
                assertThat(names.en()).as("English name of " + where).isNotBlank().doesNotContainPattern("\\p{IsHan}");
                assertThat(expressions(names.en())).as("${...} parts of " + where).isEqualTo(expressions(name));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void stepNamesFollowTheUsersLanguage() {
        assertThat(steps.of("credit-commitment", "sign", "主体签署承诺", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("主体签署承诺");
        assertThat(steps.of("credit-commitment", "sign", "主体签署承诺", Locale.ENGLISH))
                .isEqualTo("Subject signs the commitment");
        assertThat(steps.of("credit-repair", "departmentReview", "认定部门审查：行政处罚 2025-001", Locale.ENGLISH))
                .isEqualTo("Department review: 行政处罚 2025-001");
        // the kind of notice is translated from the names file's values; the title the city office typed is data
        assertThat(steps.of("city-supervision", "handle", "办理市信用办督办：双公示逾期：请于本周整改", Locale.ENGLISH))
                .isEqualTo("Handle the city credit office's supervision request: 双公示逾期：请于本周整改");
        assertThat(steps.of("city-supervision", "handle", "办理市信用办约谈提醒：约谈", Locale.ENGLISH))
                .isEqualTo("Handle the city credit office's interview reminder: 约谈");
        // a name recorded by an older version of the step is shown as recorded
        assertThat(steps.of("city-supervision", "handle", "关于双公示逾期的督办", Locale.ENGLISH))
                .isEqualTo("关于双公示逾期的督办");
        // a tenant's own designed process: the name the tenant gave
        assertThat(steps.of("humen-design-1", "approve1", "部门审批", Locale.ENGLISH)).isEqualTo("部门审批");
        assertThat(steps.of("credit-commitment", "verify", null, null)).isEqualTo("承诺核查");
    }

    @Test
    void aSearchHitsRecordedStepNameIsFoundByItsChineseNameAndReadInEnglish() {
        assertThat(steps.ofRecorded("credit-commitment", "主体签署承诺", Locale.ENGLISH))
                .isEqualTo("Subject signs the commitment");
        assertThat(steps.ofRecorded("credit-repair", "认定部门审查：行政处罚 2025-001", Locale.ENGLISH))
                .isEqualTo("Department review: 行政处罚 2025-001");
        assertThat(steps.ofRecorded("city-supervision", "办理市信用办通知：年度考核", Locale.ENGLISH))
                .isEqualTo("Handle the city credit office's notice: 年度考核");
        assertThat(steps.ofRecorded("credit-commitment", "主体签署承诺", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("主体签署承诺");
        // no step of the process has that name (a tenant's own design, a renamed step): shown as recorded
        assertThat(steps.ofRecorded("humen-design-1", "部门审批", Locale.ENGLISH)).isEqualTo("部门审批");
    }

    @Test
    void everyLegalBasisHasItsEnglishTextAndTheProcessBasisMatchesTheBpmn() throws Exception {
        Map<String, Map<String, LocalizedText>> bases = StepLegalBasis.read(json);
        for (Resource model : bpmnModels()) {
            Element process = process(model);
            String key = process.getAttribute("id");
            NodeList documentation = process.getElementsByTagNameNS(BPMN, "documentation");
            String processDocumentation = documentation.getLength() > 0
                    && documentation.item(0).getParentNode() == process ? documentation.item(0).getTextContent().trim() : null;
            if (processDocumentation != null) {
                assertThat(bases.get(key)).as("legal bases of " + key).isNotNull();
                assertThat(bases.get(key).get(StepLegalBasis.PROCESS).zh()).as(key).isEqualTo(processDocumentation);
            }
        }
        bases.forEach((process, steps) -> steps.forEach((step, basis) -> {
            assertThat(basis.zh()).as(process + "/" + step).isNotBlank();
            assertThat(basis.en()).as(process + "/" + step).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        }));
    }

    private static Set<String> expressions(String text) {
        Set<String> found = new TreeSet<>();
        EXPRESSION.matcher(text).results().forEach(m -> found.add(m.group()));
        return found;
    }

    private static List<Resource> bpmnModels() throws Exception {
        List<Resource> models = new ArrayList<>();
        var resolver = new PathMatchingResourcePatternResolver();
        models.addAll(List.of(resolver.getResources("classpath*:templates/*.bpmn20.xml")));
        models.addAll(List.of(resolver.getResources("classpath*:internal-processes/*.bpmn20.xml")));
        return models;
    }

    private static Element process(Resource model) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = model.getInputStream()) {
            return (Element) factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "process").item(0);
        }
    }
}
