package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The default profile (what `scripts/run.sh` uses): the same Liquibase changelogs, Flowable and code on
 * embedded H2. An in-memory database stands in for the file so the test leaves nothing behind.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:credittown-embedded;DB_CLOSE_DELAY=-1")
class EmbeddedH2IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    CaseService cases;

    @Test
    void theFirstCaseRunsOnTheEmbeddedDatabase() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
        TenantId humen = new TenantId("humen");
        String code = "91441900MA4WH2H265";
        String caseId = TenantContext.callAs(humen, () -> cases.start("credit-commitment", "officer-a", Map.of(
                "subjectCode", code, "subjectName", "东莞市虎门镇嵌入式测试商行",
                "commitmentType", "industry", "commitmentText", "承诺遵守行业自律公约。")));
        WorkTask sign = TenantContext.callAs(humen, () -> cases.openTasks(0, 10)).stream()
                .filter(task -> task.caseId().equals(caseId)).findFirst().orElseThrow();

        TenantContext.runAs(humen, () ->
                cases.complete(sign.id(), "officer-a", Map.of("signatory", "赵六", "signedOn", "2026-11-25")));

        WorkTask verify = TenantContext.callAs(humen, () -> cases.openTasks(0, 10)).stream()
                .filter(task -> task.caseId().equals(caseId)).findFirst().orElseThrow();
        assertThat(verify.stepKey()).isEqualTo("verify");
        assertThat(verify.dueAt()).isNotNull();
        assertThat(TenantContext.callAs(new TenantId("changan"), () -> cases.openTasks(0, 10)))
                .extracting(WorkTask::caseId).doesNotContain(caseId);
    }
}
