package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.cases.CaseService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case page's process diagram (docs/user-guide.md, 流程图) in headless Chromium: a credit-commitment case whose
 * signature is done shows the bpmn-js diagram of its own version with the signature marked done, the verification
 * marked current, and the legend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class CaseDiagramBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    CaseService cases;
    @Autowired
    TaskService taskService;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    TransactionTemplate transactions;

    private final Random random = new Random();

    @Test
    void theCasePageDrawsTheDiagramWithTheDoneAndCurrentStepsMarked() {
        String subjectName = "东莞市虎门镇流程图测试商行" + random.nextInt(1_000_000);
        String code = new UsccGenerator(random).next("441900").value();
        TenantContext.runAs(HUMEN, () -> transactions.executeWithoutResult(tx -> subjects.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, code, subjectName, List.of()), "test")));
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", "humen.officer", Map.of(
                "subjectCode", code, "subjectName", subjectName, "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。")));
        String sign = TenantContext.callAs(HUMEN, () -> cases.openTasksOf(caseId)).get(0).id();
        TenantContext.runAs(HUMEN, () -> taskService.claim(sign, "humen.officer"));
        TenantContext.runAs(HUMEN, () -> cases.complete(sign, "humen.officer",
                Map.of("signatory", "张三", "signedOn", LocalDate.now().toString())));

        logIn("humen.officer", "/tenants/humen/cases/" + caseId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-diagram[data-rendered='true']")));

        assertThat(markers("verify")).contains("ct-current").doesNotContain("ct-done");
        assertThat(markers("sign")).contains("ct-done").doesNotContain("ct-current");
        // the diagram is the case's process: its steps are drawn (the shape's label reads the step's name)
        assertThat(browser.findElement(By.cssSelector("#case-diagram [data-element-id='verify']")).getText())
                .contains("承诺核查");
        assertThat(browser.findElement(By.id("case-diagram-legend")).getText())
                .contains("已完成").contains("当前环节").contains("逾期").contains("未到达");
        // the current step's marker is drawn distinctly (its shape's outline takes the marker's colour)
        assertThat(strokeOf("verify")).isEqualTo("rgb(21, 101, 192)");
        assertThat(strokeOf("sign")).isEqualTo("rgb(46, 125, 50)");
        // the path the case took is drawn too: the flow into the verification and the gateway before the signature
        assertThat(markers("toVerify")).contains("ct-done");
        assertThat(markers("eligible")).contains("ct-done");
        assertThat(markers("whenIneligible")).doesNotContain("ct-done");
        assertThat(strokeOf("toVerify")).isEqualTo("rgb(46, 125, 50)");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('case-diagram-panel')"
                + ".scrollIntoView({block: 'start'});");
        HeadlessChromium.screenshot(browser, "case-diagram");
    }

    /** The classes bpmn-js gave the SVG element of a step. */
    private String markers(String stepId) {
        return browser.findElement(By.cssSelector("#case-diagram g.djs-element[data-element-id='" + stepId + "']"))
                .getDomAttribute("class");
    }

    /** The stroke of the element's drawn shape or line (a flow's visual begins with the definition of its arrow). */
    private String strokeOf(String stepId) {
        return (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.querySelector("
                + "\"#case-diagram g.djs-element[data-element-id='" + stepId + "'] .djs-visual > :not(defs)\")).stroke;");
    }
}
