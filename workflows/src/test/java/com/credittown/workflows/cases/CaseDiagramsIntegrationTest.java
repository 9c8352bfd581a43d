package com.credittown.workflows.cases;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.credit.code.UsccGenerator;
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
 * case is "not found".
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
        assertThat(diagram.overdue()).isEmpty();

        WorkTask verify = as(HUMEN, () -> cases.openTasksOf(caseId)).get(0);
        clock.moveTo(verify.dueAt().plusSeconds(3600));
        assertThat(as(HUMEN, () -> diagrams.of(caseId)).overdue()).contains("verify").doesNotContain("sign");

        assertThatThrownBy(() -> as(CHANGAN, () -> diagrams.of(caseId))).isInstanceOf(NotFoundException.class);
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
