package com.credittown.platform.search;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.platform.workflow.TenantTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cases in the search index against the real Elasticsearch, fed by the engine's own events through the outbox:
 * indexed when started, open tasks follow completion, ended cases, deadlines, tenant filtering from the attacker's
 * side, the city office's search across tenants, and the reindex of the cases.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseSearchIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    TenantProcesses processes;
    @Autowired
    TenantTasks tasks;
    @Autowired
    GlobalSearch global;
    @Autowired
    FullReindex reindex;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    CaseDocumentType caseType;
    @Autowired
    MockMvc mvc;

    String marker;

    @BeforeEach
    void deploy() {
        TenantFixtures.register(directory);
        for (TenantId tenant : List.of(HUMEN, CHANGAN)) {
            repository.createDeployment().name("search-probe").tenantId(tenant.code())
                    .addClasspathResource("bpmn/search-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
        }
        marker = SearchTestSubjects.marker();
    }

    private String start(TenantId tenant, String subjectName, Instant reviewDue) {
        return TenantContext.callAs(tenant, () -> processes.startCase("search-probe", "BK-" + marker, "officer-1",
                Map.of("subjectName", subjectName, "subjectCode", "91441900TEST" + tenant.code().length(),
                        "reviewDue", Date.from(reviewDue))));
    }

    @SuppressWarnings("unchecked")
    private SearchResults<CaseHit> cases(TenantId tenant, String query) {
        return (SearchResults<CaseHit>) TenantContext.callAs(tenant, () -> global.search(tenant.code(), query, 50))
                .group("cases");
    }

    private Optional<CaseHit> hit(TenantId tenant, String query, String caseId) {
        return cases(tenant, query).items().stream().filter(h -> h.id().equals(caseId)).findFirst();
    }

    private CaseHit awaitHit(TenantId tenant, String query, String caseId, Predicate<CaseHit> ok) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> hit(tenant, query, caseId).orElse(null), h -> h != null && ok.test(h));
    }

    private void completeOpenTask(TenantId tenant, String caseId) {
        TenantContext.runAs(tenant, () -> {
            String taskId = tasks.openTasks(0, 1000).stream().filter(t -> t.caseId().equals(caseId))
                    .findFirst().orElseThrow().id();
            tasks.complete(taskId, "officer-1", Map.of());
        });
    }

    @Test
    void aStartedCaseIsFoundByItsSubjectAndItsTasksFollowCompletion() {
        Instant due = Instant.now().plus(Duration.ofDays(5));
        String caseId = start(HUMEN, "东莞市虎门镇" + marker + "案件贸易有限公司", due);

        CaseHit started = awaitHit(HUMEN, "虎门镇" + marker, caseId, h -> true);
        assertThat(started.tenant()).isEqualTo("humen");
        assertThat(started.processKey()).isEqualTo("search-probe");
        assertThat(started.processName()).isEqualTo("检索探针流程");
        assertThat(started.businessKey()).isEqualTo("BK-" + marker);
        assertThat(started.subjectName()).isEqualTo("东莞市虎门镇" + marker + "案件贸易有限公司");
        assertThat(started.state()).isEqualTo("RUNNING");
        assertThat(started.openTasks()).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("部门核查");
            assertThat(task.candidateGroups()).containsExactly("department:tax");
            assertThat(Instant.parse(task.dueAt())).isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        });
        assertThat(Instant.parse(started.nearestDueAt())).isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(started.overdue()).isFalse();
        assertThat(started.link()).isEqualTo("tenants/humen/cases/" + caseId);

        completeOpenTask(HUMEN, caseId);
        CaseHit deciding = awaitHit(HUMEN, marker, caseId,
                h -> h.openTasks().stream().anyMatch(t -> t.name().equals("镇街决定")));
        assertThat(deciding.openTasks()).extracting(CaseDocument.Task::name).containsExactly("镇街决定");
        assertThat(deciding.nearestDueAt()).isNull();
        // the open task's name finds the case too
        assertThat(hit(HUMEN, "镇街决定" + " " + marker, caseId)).isPresent();

        completeOpenTask(HUMEN, caseId);
        CaseHit ended = awaitHit(HUMEN, marker, caseId, h -> "ENDED".equals(h.state()));
        assertThat(ended.openTasks()).isEmpty();
        assertThat(ended.endedAt()).isNotNull();
    }

    @Test
    void aPassedDeadlineShowsTheCaseAsOverdue() {
        String caseId = start(HUMEN, "东莞市虎门镇" + marker + "逾期有限公司", Instant.now().minus(Duration.ofDays(1)));
        CaseHit hit = awaitHit(HUMEN, marker + "逾期", caseId, h -> true);
        assertThat(hit.overdue()).isTrue();
    }

    @Test
    void aHumenOfficerNeverGetsAChanganCaseAndTheCityOfficeSearchesAcrossTenants() throws Exception {
        String inHumen = start(HUMEN, "东莞市虎门镇" + marker + "跨镇有限公司", Instant.now().plus(Duration.ofDays(3)));
        String inChangan = start(CHANGAN, "东莞市长安镇" + marker + "跨镇有限公司", Instant.now().plus(Duration.ofDays(3)));
        awaitHit(HUMEN, marker, inHumen, h -> true);
        awaitHit(CHANGAN, marker, inChangan, h -> true);

        // the attacker's side: a humen officer, whatever the request names, sees humen's case only
        assertThat(cases(HUMEN, marker).items()).extracting(CaseHit::id).containsExactly(inHumen);
        assertThat(cases(HUMEN, "长安镇" + marker).items()).isEmpty();
        mvc.perform(get("/api/search").param("q", marker).with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.total").value(1))
                .andExpect(jsonPath("$.cases.items[0].id").value(inHumen))
                .andExpect(jsonPath("$..tenant", everyItem(is("humen"))));
        mvc.perform(get("/api/search").param("q", marker).param("tenant", "changan")
                        .with(TestUsers.officerOf("humen")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/changan/search").param("q", marker).with(TestUsers.officerOf("humen")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/search").param("q", marker).param("tenant", "changan")
                        .with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.items[*].tenant", everyItem(is("humen"))))
                .andExpect(jsonPath("$.cases.items[*].id", not(hasItem(inChangan))));
        // a merchant does not search at all
        mvc.perform(get("/api/search").param("q", marker).with(TestUsers.merchantOf("humen", "91441900TEST5")))
                .andExpect(status().isForbidden());

        // the city office: every tenant, each hit with its tenant; or the one it names
        mvc.perform(get("/api/search").param("q", marker).with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.total").value(2))
                .andExpect(jsonPath("$.cases.items[?(@.id == '" + inHumen + "')].tenant").value(hasItem("humen")))
                .andExpect(jsonPath("$.cases.items[?(@.id == '" + inChangan + "')].tenant").value(hasItem("changan")))
                .andExpect(jsonPath("$.cases.items[?(@.id == '" + inChangan + "')].link")
                        .value(hasItem("tenants/changan/cases/" + inChangan)));
        mvc.perform(get("/api/search").param("q", marker).param("tenant", "changan").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.total").value(1))
                .andExpect(jsonPath("$.cases.items[0].id").value(inChangan));
        mvc.perform(get("/api/search").param("q", marker).param("tenant", "nowhere").with(TestUsers.cityOffice()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/search").param("q", marker).param("tenant", "../*").with(TestUsers.cityOffice()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theGroupedSearchAnswersBadInputWithoutA500() throws Exception {
        mvc.perform(get("/api/search").param("q", "").with(TestUsers.cityOffice())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "案".repeat(101)).with(TestUsers.cityOffice()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "虎门 AND (name:* OR \"[\\) ~ {").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects").exists())
                .andExpect(jsonPath("$.records").exists())
                .andExpect(jsonPath("$.cases").exists());
        mvc.perform(get("/api/search").param("q", marker).param("size", "0").with(TestUsers.cityOffice()))
                .andExpect(status().isBadRequest());

        // one group, paged: a page past the end is empty and keeps the total; an unknown group is not found
        String caseId = start(HUMEN, "东莞市虎门镇" + marker + "分页有限公司", Instant.now().plus(Duration.ofDays(3)));
        awaitHit(HUMEN, marker, caseId, h -> true);
        mvc.perform(get("/api/tenants/humen/search/cases").param("q", marker).with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(caseId));
        mvc.perform(get("/api/tenants/humen/search/cases").param("q", marker).param("page", "1000")
                        .with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/tenants/humen/search/cases").param("q", marker).param("page", "-1")
                        .with(TestUsers.officerOf("humen")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/tenants/humen/search/everything").param("q", marker).with(TestUsers.officerOf("humen")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReindexRebuildsTheCasesFromTheEngine() throws Exception {
        String caseId = start(CHANGAN, "东莞市长安镇" + marker + "重建有限公司", Instant.now().plus(Duration.ofDays(2)));
        awaitHit(CHANGAN, marker, caseId, h -> true);
        var before = indexes.indicesBehind(caseType);

        ReindexStatus done = reindex.run(caseType);

        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.done()).isPositive();
        assertThat(indexes.indicesBehind(caseType)).containsExactly(done.index()).doesNotContainAnyElementsOf(before);
        CaseHit rebuilt = awaitHit(CHANGAN, marker, caseId, h -> true);
        assertThat(rebuilt.openTasks()).extracting(CaseDocument.Task::name).containsExactly("部门核查");
        assertThat(hit(HUMEN, marker, caseId)).isEmpty();
    }
}
