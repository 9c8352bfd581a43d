package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignService;
import com.credittown.workflows.design.DesignStep;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A designed step asks for a required file and a credit subject: the officer is told at the field that the file is
 * missing, a wrong kind of file is refused there and not stored, the licence uploads into the case, the subject is
 * picked by typing part of its Chinese name; after submitting, the case page shows the file (to download) and the
 * subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class FormFieldsBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    DesignService designs;
    @Autowired
    CaseService cases;
    @Autowired
    AttachmentService attachments;
    @Autowired
    CreditSubjectRegistry subjects;

    private final Random random = new Random();

    @Test
    void anOfficerUploadsTheRequiredFileAndPicksTheSubjectByPartOfItsName() throws Exception {
        String marker = Integer.toString(100_000 + random.nextInt(900_000));
        String subjectName = "东莞市虎门镇表单选择测试商行" + marker;
        String code = new UsccGenerator(random).next("441900").value();
        TenantContext.runAs(HUMEN, () -> subjects.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, code, subjectName, List.of()), "test"));
        String key = "licence-check-" + marker;
        String caseId = TenantContext.callAs(HUMEN, () -> {
            designs.create(key, licenceCheck(), "humen.admin");
            designs.publish(key, "浏览器测试：附件与主体字段", "humen.admin");
            return cases.start(key, "humen.officer", Map.of("matter", "核验营业执照"));
        });

        logIn("humen.officer",
                "/tenants/humen/cases/" + caseId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-handle-check"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-submit")));

        // nothing uploaded: refused at the file field
        browser.findElement(By.id("form-submit")).click();
        wait.until(d -> errorOf("field-licence").contains("必填"));

        // a program renamed .pdf: the field names the reason and nothing is stored
        Path fake = Files.createTempFile("伪装执照", ".pdf");
        Files.write(fake, "MZ this is a program, not a pdf".getBytes(StandardCharsets.US_ASCII));
        upload(fake);
        wait.until(d -> errorOf("field-licence").contains("文件类型不允许"));
        assertThat(TenantContext.callAs(HUMEN, () -> attachments.of(caseId))).isEmpty();

        Path licence = Files.createTempFile("营业执照", ".pdf");
        Files.write(licence, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String fileName = licence.getFileName().toString();
        upload(licence);
        wait.until(d -> d.findElement(By.id("file-name-licence")).getText().contains(fileName));

        // the subject by a part of its Chinese name, shown as "name (code)"
        browser.findElement(By.id("field-subjectCode")).findElement(By.tagName("input")).sendKeys("选择测试商行" + marker);
        // the item is found, read and clicked in one retried step: the overlay re-renders its items as results come
        String shown = wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().contains(code)).findFirst().map(item -> {
                    String text = item.getText();
                    item.click();
                    return text;
                }).orElse(null));
        assertThat(shown).isEqualTo(subjectName + " (" + code + ")");
        wait.until(d -> errorOf("field-subjectCode").isEmpty());
        HeadlessChromium.screenshot(browser, "form-file-and-subject");

        browser.findElement(By.id("form-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form-dialog")));

        // the case page: the step's file to download in the timeline, the subject as the case's subject
        wait.until(d -> d.findElement(By.id("case-timeline")).getText().contains(fileName));
        WebElement link = browser.findElement(By.cssSelector("#case-timeline .timeline-file a"));
        assertThat(link.getText()).isEqualTo(fileName);
        assertThat(link.getDomAttribute("href")).isNotBlank();
        assertThat(browser.findElement(By.id("case-timeline")).getText()).contains(code);
        assertThat(browser.findElement(By.id("case-subject-link")).getText()).contains(subjectName).contains(code);
        List<Attachment> stored = TenantContext.callAs(HUMEN, () -> attachments.of(caseId));
        assertThat(stored).extracting(Attachment::fileName).containsExactly(fileName);
        HeadlessChromium.screenshot(browser, "case-with-form-file");
    }

    /** A started case asks for the licence (required) and the subject at the step "核验". */
    private static DesignModel licenceCheck() {
        return new DesignModel("营业执照核验", List.of(
                new FormField("matter", FieldType.TEXT, new LocalizedText("事项", "Matter"), true, null, 200, List.of()),
                new FormField("licence", FieldType.FILE, new LocalizedText("营业执照", "Business licence"), true, null,
                        null, List.of()),
                new FormField("subjectCode", FieldType.SUBJECT, new LocalizedText("信用主体", "Credit subject"), true,
                        null, null, List.of())),
                List.of("matter"), List.of(DesignStep.approval("check", "核验", new Assignee(
                        AssigneeKind.ROLE, "officer"), 3, List.of("licence", "subjectCode"))));
    }

    private String errorOf(String fieldId) {
        Object message = ((JavascriptExecutor) browser).executeScript(
                "const f = document.getElementById(arguments[0]); return f && f.invalid ? f.errorMessage : '';",
                fieldId);
        return message == null ? "" : message.toString();
    }

    private void upload(Path file) {
        WebElement upload = browser.findElement(By.id("upload-licence"));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]') "
                        + "|| arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
