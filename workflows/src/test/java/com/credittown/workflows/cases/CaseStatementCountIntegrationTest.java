package com.credittown.workflows.cases;

import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.platform.StatementCounter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The SQL statements one credit-commitment case start and one sign-step completion send through the service layer
 * (the engine benchmark's operations, docs/benchmarks/engine.md), counted on the real PostgreSQL: a change that adds
 * statements to the case path fails here instead of only showing in the next benchmark run.
 */
@SpringBootTest
@Import(StatementCounter.Configuration.class)
class CaseStatementCountIntegrationTest {

    /**
     * Flowable's 11 (the latest definition, read once: the look-up and the start share one engine command; 10 inserts),
     * commitment, eligibility (2), notification, step record, outbox, audit (3). Two engine commands would be 21.
     */
    private static final int START = 20;
    /**
     * Flowable's 31 (the task's read, the claim and the completion in one engine command, so each row is read and
     * written once; the co-signers' query only when the engine counted a subtask), commitment, subject (one look-up)
     * and record, notification, step, outbox, audit (3). The read in a command of its own would be 44, the claim and
     * the completion in two more (TenantTasks) 58.
     */
    private static final int COMPLETE = 43;

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;

    private final UsccGenerator codes = new UsccGenerator(new Random());

    @Test
    void aCommitmentStartAndItsSignCompletionSendNoMoreStatementsThanPinned() {
        fixtures.provisionHumenAndChangan();
        startAndSign(); // warm: caches (process definition, template values, tenant) filled once

        String[] caseId = new String[1];
        List<String> start = StatementCounter.statements(() -> caseId[0] = TenantContext.callAs(HUMEN,
                () -> cases.start("credit-commitment", "officer-a", startData())));
        String task = taskOf(caseId[0]);
        List<String> complete = StatementCounter.statements(() -> TenantContext.runAs(HUMEN,
                () -> cases.complete(task, "officer-a", signData())));

        System.out.println("start statements (" + start.size() + "):\n  " + String.join("\n  ", start));
        System.out.println("complete statements (" + complete.size() + "):\n  " + String.join("\n  ", complete));
        // pinned at what they are now (bare Flowable: 11 per start, 40 per claim and completion of its one task); lower
        // them when a change saves statements
        assertThat(start).as("statements per start").hasSizeLessThanOrEqualTo(START);
        assertThat(complete).as("statements per completion").hasSizeLessThanOrEqualTo(COMPLETE);
    }

    private void startAndSign() {
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", "officer-a", startData()));
        String task = taskOf(caseId);
        TenantContext.runAs(HUMEN, () -> cases.complete(task, "officer-a", signData()));
    }

    private String taskOf(String caseId) {
        List<WorkTask> open = TenantContext.callAs(HUMEN, () -> cases.openTasksOf(caseId));
        assertThat(open).hasSize(1);
        return open.get(0).id();
    }

    private Map<String, Object> startData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subjectCode", codes.next("441900").value());
        data.put("subjectName", "东莞市虎门镇计数测试商行");
        data.put("commitmentType", "voluntary");
        data.put("commitmentText", "承诺守法诚信经营，接受社会监督。");
        return data;
    }

    private static Map<String, Object> signData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signatory", "张三");
        data.put("signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        return data;
    }
}
