package com.credittown.workflows.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Attachments on a case, uploaded as a client would: kinds by content, the size limit, tenant isolation. */
@SpringBootTest
@AutoConfigureMockMvc
class AttachmentApiIntegrationTest {

    private static final String CODE = "91441900MA4W56795G";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    AttachmentService attachments;

    private String caseId;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        caseId = TenantContext.callAs(WorkflowFixtures.HUMEN, () -> cases.start("credit-commitment", "humen.officer",
                Map.of("subjectCode", CODE, "subjectName", "东莞市附件测试商行", "commitmentType", "voluntary",
                        "commitmentText", "承诺守法诚信经营。")));
    }

    @Test
    void aPdfIsStoredListedAndDownloadedAsUploaded() throws Exception {
        mvc.perform(multipart("/api/tenants/humen/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", PDF)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("营业执照.pdf"))
                .andExpect(jsonPath("$.uploadedBy").value("humen.officer"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length));
        String id = TenantContext.callAs(WorkflowFixtures.HUMEN, () -> attachments.of(caseId)).get(0).id();
        mvc.perform(get("/api/tenants/humen/cases/" + caseId + "/attachments/" + id))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aDocxIsRecognisedByItsContentAndAPlainZipIsNot() throws Exception {
        mvc.perform(multipart("/api/tenants/humen/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "整改报告.docx", null, zip("word/document.xml"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value(AttachmentType.DOCX.mediaType()));
        mvc.perform(multipart("/api/tenants/humen/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "伪装.docx", null, zip("payload.bin"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("type-not-allowed"));
    }

    @Test
    void aRenamedProgramOrAnOversizedFileIsRefusedAndNothingIsStored() throws Exception {
        byte[] program = "MZ\u0090\u0000 this is not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/api/tenants/humen/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "发票.pdf", "application/pdf", program)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("type-not-allowed"));

        byte[] big = Arrays.copyOf(PDF, (int) attachments.settings().maxSize().toBytes() + 1);
        mvc.perform(multipart("/api/tenants/humen/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", big)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("too-large"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is larger than 10 MB."));

        assertThat(TenantContext.callAs(WorkflowFixtures.HUMEN, () -> attachments.of(caseId))).isEmpty();
    }

    @Test
    void anotherTenantsCaseIdIsAnsweredLikeAnUnknownOne() throws Exception {
        mvc.perform(multipart("/api/tenants/changan/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Case not found"));
        mvc.perform(get("/api/tenants/changan/cases/" + caseId + "/attachments"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Case not found"));
        mvc.perform(get("/api/tenants/changan/cases/no-such-case/attachments"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Case not found"));
        assertThat(TenantContext.callAs(WorkflowFixtures.HUMEN, () -> attachments.of(caseId))).isEmpty();
    }

    @Test
    void theCityOfficeReadsAttachmentsButAddsNone() throws Exception {
        mvc.perform(multipart("/api/tenants/humen/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).with(TestUsers.cityOffice()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenants/humen/cases/" + caseId + "/attachments").with(TestUsers.cityOffice()))
                .andExpect(status().isOk());
    }

    @Test
    void anOfficerClaimsAndGivesBackATask() throws Exception {
        String taskId = TenantContext.callAs(WorkflowFixtures.HUMEN, () -> cases.openTasksOf(caseId)).get(0).id();
        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/claim")).andExpect(status().isNoContent());
        mvc.perform(get("/api/tenants/humen/inbox").param("scope", "MINE").param("size", "200"))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')].assignee").value("humen.officer"));
        // a colleague still sees it in the "all" tab and on the case page, held by the officer, but can neither
        // take it nor complete it meanwhile
        var colleague = TestUsers.user("humen.colleague", "humen", java.util.Set.of("officer"), null, null);
        mvc.perform(get("/api/tenants/humen/inbox").param("scope", "ALL").param("size", "200")
                        .param("text", "附件测试商行").with(colleague))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')].assignee").value("humen.officer"));
        mvc.perform(get("/api/tenants/humen/inbox").param("scope", "GROUPS").param("size", "200")
                        .param("text", "附件测试商行").with(colleague))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')]").isEmpty());
        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/claim").with(colleague))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/complete").with(colleague)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"data\":{}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("humen.officer")));
        assertThat(TenantContext.callAs(WorkflowFixtures.HUMEN, () -> cases.openTasksOf(caseId)))
                .extracting(t -> t.id()).contains(taskId);
        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/unclaim")).andExpect(status().isNoContent());
        mvc.perform(get("/api/tenants/humen/inbox").param("scope", "MINE").param("size", "200"))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')]").isEmpty());
        mvc.perform(get("/api/tenants/humen/inbox").param("scope", "GROUPS").param("size", "200")
                        .param("text", "附件测试商行"))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')]").isNotEmpty());
        mvc.perform(get("/api/tenants/humen/inbox").param("scope", "GROUPS").param("size", "200")
                        .param("text", "没有这个商行"))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')]").isEmpty());
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
