package com.credittown.workflows.cases;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The case page's diagram on the real engine and PostgreSQL: a credit-commitment case's own version, laid out, with
 * the signature done and the verification current, then overdue once the clock passes its deadline; another tenant's
 * case is "not found". Elements the engine records besides tasks are marked too: the flows taken, gateways of every
 * kind, a waiting intermediate timer and an armed boundary deadline.
 */
@SpringBootTest
class CaseDiagramsIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    CaseDiagrams diagrams;
    @Autowired
    PlatformClock clock;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        clock.moveTo(OffsetDateTime.of(2025, 9, 26, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDiagramMarksTheDoneCurrentAndOverdueStepsOfTheCasesOwnVersion() {
        Map<String, Object> form = new HashMap<>();
        form.put("subjectCode", CODES.next("441900").value());
        form.put("subjectName", "东莞市虎门镇图示贸易有限公司");
        form.put("commitmentType", "voluntary");
        form.put("commitmentText", "本单位承诺所提交材料真实有效。");
        String caseId = as(HUMEN, () -> cases.start("credit-commitment", "officer-a", form));
        WorkTask sign = as(HUMEN, () -> cases.openTasksOf(caseId)).get(0);
        as(HUMEN, () -> {
            cases.complete(sign.id(), "officer-a", Map.of("signatory", "张三", "signedOn", "2025-09-26"));
            return null;
        });

        CaseDiagram diagram = as(HUMEN, () -> diagrams.of(caseId));

        assertThat(diagram.bpmnXml()).contains("bpmnElement=\"sign\"").contains("bpmnElement=\"verify\"");
        assertThat(diagram.done()).contains("sign").doesNotContain("verify");
        assertThat(diagram.current()).contains("verify").doesNotContain("sign");
        // the path: the eligibility gateway and the flows taken to the verification; its deadline timer is armed
        assertThat(diagram.done()).contains("eligible", "whenEligible", "toVerify")
                .doesNotContain("whenIneligible", "verificationDeadline");
        assertThat(diagram.current()).contains("verificationDeadline");
        assertThat(diagram.overdue()).isEmpty();

        WorkTask verify = as(HUMEN, () -> cases.openTasksOf(caseId)).get(0);
        clock.moveTo(verify.dueAt().plusSeconds(3600));
        assertThat(as(HUMEN, () -> diagrams.of(caseId)).overdue()).contains("verify").doesNotContain("sign");

        assertThatThrownBy(() -> as(CHANGAN, () -> diagrams.of(caseId))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRepairCaseShowsItsParallelForkAndTheWaitingResultDeadline() {
        String caseId = as(HUMEN, this::startRepair);
        WorkTask accept = as(HUMEN, () -> cases.openTasksOf(caseId)).get(0);
        assertThat(as(HUMEN, () -> diagrams.of(caseId)).current()).contains("accept", "acceptanceDeadline")
                .doesNotContain("reviewFork", "resultDeadline");

        as(HUMEN, () -> {
            cases.complete(accept.id(), "officer-a", Map.of("decision", "accept"));
            return null;
        });
        CaseDiagram diagram = as(HUMEN, () -> diagrams.of(caseId));

        // the accepted path up to the department review: a parallel fork the step list never showed, and the result
        // deadline (an intermediate timer) waiting beside the review
        assertThat(diagram.done()).contains("accept", "acceptance", "accepted", "whenAccepted", "reviewFork",
                "toDepartmentReview", "toResultDeadline").doesNotContain("whenRejected", "notifyRejection");
        assertThat(diagram.current()).contains("departmentReview", "resultDeadline")
                .doesNotContain("accept", "acceptanceDeadline");
        assertThat(diagram.bpmnXml()).contains("bpmnElement=\"reviewFork\"").contains("bpmnElement=\"resultDeadline\"");
    }

    private String startRepair() {
        var subject = registry.register(new NewSubject(SubjectKind.MARKET_ENTITY, CODES.next("441900").value(),
                "东莞市图示服装有限公司", List.of()), "officer-a");
        var tax = archive.addRecord(subject.id(), new RecordDetails(RecordKind.PENALTY, Severity.GENERAL,
                "国家税务总局东莞市税务局", LocalDate.of(2025, 5, 20), "《税收征收管理法》第六十二条", "逾期申报罚款", null),
                "officer-a");
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", subject.code());
        data.put("recordIds", String.valueOf(tax.id()));
        data.put("obligationsFulfilled", true);
        data.put("repairCommitmentSigned", true);
        data.put("commitmentReference", "XF-2025-0926");
        data.put("statement", "已纠正失信行为，履行全部法定义务。");
        return cases.start("credit-repair", "officer-a", data);
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
