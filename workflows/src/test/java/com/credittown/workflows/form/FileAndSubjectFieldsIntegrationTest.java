package com.credittown.workflows.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignStep;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A designed step with a file field and a subject field, completed through the tasks API from the attacker's side:
 * a request edited to name another case's or another tenant's attachment, or another tenant's subject, is refused
 * with the field and the reason, and the step stays open; the honest answer completes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FileAndSubjectFieldsIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    AttachmentService attachments;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;

    private final UsccGenerator codes = new UsccGenerator(new Random());
    private TenantId tenant;
    private TenantId other;
    private String ownCode;
    private String foreignCode;

    @BeforeEach
    void setUp() throws Exception {
        tenant = fixtures.provisionFreshTenant("ffa");
        other = fixtures.provisionFreshTenant("ffb");
        ownCode = register(tenant, "东莞市表单字段测试商行").code();
        foreignCode = register(other, "东莞市他镇表单字段测试商行").code();
        DesignModel design = new DesignModel("营业执照核验", List.of(
                new FormField("matter", FieldType.TEXT, new LocalizedText("事项", "Matter"), true, null, 200, List.of()),
                new FormField("licence", FieldType.FILE, new LocalizedText("营业执照", "Licence"), true, null, null,
                        List.of()),
                new FormField("subjectCode", FieldType.SUBJECT, new LocalizedText("信用主体", "Subject"), true, null,
                        null, List.of())),
                List.of("matter"), List.of(DesignStep.approval("check", "核验", new Assignee(
                        AssigneeKind.ROLE, "officer"), 3, List.of("licence", "subjectCode"))));
        mvc.perform(post(base() + "/designs").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "licence-check", "model", design))))
                .andExpect(status().isCreated());
        mvc.perform(post(base() + "/designs/licence-check/publish")
                        .with(TestUsers.user(tenant.code() + ".admin", tenant.code(),
                                Set.of(Roles.OFFICER, Roles.ADMINISTRATOR), null, null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"首次发布\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void anotherCasesOrTenantsAttachmentAndAnUnregisteredSubjectAreRefused() throws Exception {
        String caseId = start();
        String otherCase = start();
        String ownFile = attach(tenant, caseId, "营业执照.pdf");
        String otherCasesFile = attach(tenant, otherCase, "他案执照.pdf");
        String foreignCase = TenantContext.callAs(other, () -> cases.start("credit-commitment", "test", Map.of(
                "subjectCode", foreignCode, "subjectName", "东莞市他镇表单字段测试商行",
                "commitmentType", "voluntary", "commitmentText", "承诺守法诚信经营。")));
        String foreignFile = attach(other, foreignCase, "他镇执照.pdf");
        Task check = taskService.createTaskQuery().processInstanceId(caseId).singleResult();

        refused(check, otherCasesFile, ownCode, "licence", "not-an-attachment");
        refused(check, foreignFile, ownCode, "licence", "not-an-attachment");
        // the city's archive has one subject per code: another town's registration is a subject here too
        refused(check, ownFile, new com.credittown.platform.uscc.UsccGenerator(new java.util.Random())
                .next("441900").value(), "subjectCode", "unknown-subject");
        refused(check, "", ownCode, "licence", "required");
        assertThat(taskService.createTaskQuery().processInstanceId(caseId).count()).isEqualTo(1);

        complete(check, ownFile, ownCode).andExpect(status().isNoContent());
        Map<String, Object> stored = history.createHistoricVariableInstanceQuery().processInstanceId(caseId).list()
                .stream().filter(v -> v.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(v -> v.getVariableName(), v -> v.getValue()));
        assertThat(stored).containsEntry("licence", ownFile).containsEntry("subjectCode", ownCode);
    }

    @Test
    void theArchiveOffersTheCitysSubjectsByAPartOfTheNameOrTheCodesStart() {
        List<String> byName = TenantContext.callAs(tenant, () -> subjects.candidates("字段测试", 20)).stream()
                .map(SubjectView::code).toList();
        assertThat(byName).contains(ownCode, foreignCode);
        assertThat(TenantContext.callAs(tenant, () -> subjects.candidates(ownCode.substring(0, 12), 20)))
                .extracting(SubjectView::code).contains(ownCode);
        assertThat(TenantContext.callAs(tenant, () -> subjects.candidates(foreignCode, 20)))
                .extracting(SubjectView::code).containsExactly(foreignCode);
    }

    private void refused(Task task, String file, String code, String field, String reason) throws Exception {
        complete(task, file, code)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(reason));
    }

    private org.springframework.test.web.servlet.ResultActions complete(Task task, String file, String code)
            throws Exception {
        return mvc.perform(post(base() + "/tasks/" + task.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("data", Map.of("licence", file, "subjectCode", code)))));
    }

    private String start() {
        return TenantContext.callAs(tenant, () -> cases.start("licence-check", "test", Map.of("matter", "核验执照")));
    }

    private String attach(TenantId owner, String caseId, String name) {
        return TenantContext.callAs(owner, () -> attachments.attach(caseId, name, PDF, "test")).id();
    }

    private SubjectView register(TenantId owner, String name) {
        return TenantContext.callAs(owner, () -> subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                codes.next("441900").value(), name, List.of()), "test"));
    }

    private String base() {
        return "/api/tenants/" + tenant.code();
    }
}
