package com.credittown.platform.search;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionExaminer;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Credit-record search against the real Elasticsearch, fed through the outbox by the archive's own events. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordSearchIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    CreditPublicity publicity;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RecordSearch search;
    @Autowired
    SubjectSearch subjectSearch;
    @Autowired
    FullReindex reindex;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    RecordDocumentType recordType;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    MockMvc mvc;
    @Autowired
    CreditObjections objections;

    SearchTestSubjects subjects;
    String marker;

    @BeforeEach
    void setUp() {
        TenantFixtures.register(directory);
        subjects = new SearchTestSubjects(registry, tx);
        marker = SearchTestSubjects.marker();
    }

    /** A minor penalty: no minimum publicity period, so its publicity may end by repair at once. */
    private RecordView addRecord(TenantId tenant, SubjectView subject, String title) {
        return TenantContext.callAs(tenant, () -> archive.addRecord(subject.id(),
                new RecordDetails(RecordKind.PENALTY, Severity.MINOR, "东莞市市场监督管理局",
                        LocalDate.now().minusDays(2), "《中华人民共和国行政处罚法》", title, null),
                "officer-1"));
    }

    private SearchResults<RecordHit> searchAs(TenantId tenant, String query) {
        return TenantContext.callAs(tenant, () -> search.search(query, 0, 100));
    }

    private static List<Long> ids(SearchResults<RecordHit> results) {
        return results.items().stream().map(RecordHit::id).toList();
    }

    private SearchResults<RecordHit> awaitFound(TenantId tenant, String query, Predicate<SearchResults<RecordHit>> ok) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> searchAs(tenant, query), ok);
    }

    /** A minor penalty is not public credit information: only the town that recorded it finds it. */
    @Test
    void aPartOfAChineseTitleFindsANonPublicRecordForItsRecorderOnly() throws Exception {
        SubjectView inHumen = subjects.register(HUMEN, "东莞市虎门镇" + marker + "记录贸易有限公司");
        SubjectView inChangan = subjects.register(CHANGAN, "东莞市长安镇" + marker + "记录贸易有限公司");
        RecordView humenRecord = addRecord(HUMEN, inHumen, "未按规定公示年度报告" + marker + "罚款");
        RecordView changanRecord = addRecord(CHANGAN, inChangan, "未按规定公示年度报告" + marker + "罚款");

        SearchResults<RecordHit> found = awaitFound(HUMEN, "年度报告" + marker,
                r -> ids(r).contains(humenRecord.id()));
        awaitFound(CHANGAN, "年度报告" + marker, r -> ids(r).contains(changanRecord.id()));

        assertThat(ids(found)).containsExactly(humenRecord.id());
        assertThat(found.matchedAs()).isEqualTo("name");
        assertThat(found.items()).singleElement().satisfies(hit -> {
            assertThat(hit.title()).isEqualTo("未按规定公示年度报告" + marker + "罚款");
            assertThat(hit.subjectId()).isEqualTo(inHumen.id());
            assertThat(hit.subjectName()).isEqualTo(inHumen.name());
            assertThat(hit.subjectCode()).isEqualTo(inHumen.code());
            assertThat(hit.kind()).isEqualTo("PENALTY");
            assertThat(hit.severity()).isEqualTo("MINOR");
            assertThat(hit.state()).isEqualTo("PUBLISHED");
            assertThat(hit.department()).isEqualTo("东莞市市场监督管理局");
            assertThat(hit.decisionDate()).isEqualTo(LocalDate.now().minusDays(2).toString());
            assertThat(hit.archivePath()).isEqualTo("/api/tenants/humen/subjects/" + inHumen.id() + "/archive");
        });
        // the other town's non-public record is never found, by title, by subject name or by code
        assertThat(ids(searchAs(CHANGAN, "年度报告" + marker))).containsExactly(changanRecord.id());
        assertThat(ids(searchAs(HUMEN, "长安镇" + marker))).isEmpty();
        assertThat(searchAs(HUMEN, inChangan.code()).total()).isZero();
        // by the subject's name part and by its code prefix
        assertThat(ids(searchAs(HUMEN, "虎门镇" + marker))).containsExactly(humenRecord.id());
        SearchResults<RecordHit> byCode = searchAs(HUMEN, inHumen.code().toLowerCase());
        assertThat(byCode.matchedAs()).isEqualTo("code");
        assertThat(ids(byCode)).contains(humenRecord.id());

        mvc.perform(get("/api/tenants/humen/search/records").param("q", marker + "罚款"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(humenRecord.id()));
        mvc.perform(get("/api/tenants/changan/search/records").param("q", marker + "罚款"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(changanRecord.id()));
    }

    /** A general penalty in publicity is public credit information: every town finds it, until its publicity ends. */
    @Test
    void aPublicRecordIsFoundByEveryTownUntilItsPublicityEnds() {
        SubjectView subject = subjects.register(CHANGAN, "东莞市长安镇" + marker + "公开信息有限公司");
        RecordView record = TenantContext.callAs(CHANGAN, () -> archive.addRecord(subject.id(),
                new RecordDetails(RecordKind.PENALTY, Severity.GENERAL, "东莞市市场监督管理局",
                        LocalDate.now().minusYears(1).minusDays(2), "《中华人民共和国行政处罚法》",
                        "公开处罚" + marker, null), "officer-1"));

        awaitFound(HUMEN, "公开处罚" + marker, r -> ids(r).contains(record.id()));
        TenantContext.runAs(CHANGAN, () -> publicity.endPublicityByRepair(record.id(), "officer-1", "已完成信用修复"));

        awaitFound(CHANGAN, "公开处罚" + marker,
                r -> r.items().stream().anyMatch(h -> h.id() == record.id() && "PUBLICITY_ENDED".equals(h.state())));
        assertThat(ids(searchAs(HUMEN, "公开处罚" + marker))).isEmpty();
    }

    /**
     * 异议处理中 in the index: while an objection suspends a severe record's effect (the city's default setting) the
     * other towns no longer find it, its owner finds it marked, and the subject's grade in the index is not held at D;
     * rejected, the record is public again and the grade D again. Both changes reach the index through the outbox.
     */
    @Test
    void anObjectionThatSuspendsAPublicRecordHidesItFromOtherTownsUntilItIsDecided() {
        SubjectView subject = subjects.register(CHANGAN, "东莞市长安镇" + marker + "异议检索有限公司");
        RecordView record = TenantContext.callAs(CHANGAN, () -> archive.addRecord(subject.id(),
                new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE, "长安镇人力资源和社会保障分局",
                        LocalDate.now().minusDays(2), "《保障农民工工资支付条例》第四十八条", "拖欠工资" + marker, null),
                "officer-1"));
        String query = "拖欠工资" + marker;
        awaitFound(HUMEN, query, r -> r.items().stream().anyMatch(h -> h.id() == record.id() && !h.underObjection()));
        awaitGrade(HUMEN, subject, "D");

        long objection = TenantContext.callAs(HUMEN, () -> objections.raiseOnBehalf(new CreditObjections.Raise(
                record.id(), ObjectionConcern.RECORD, "工资已于处罚前全部支付"), "humen-officer")).id();

        awaitFound(CHANGAN, query, r -> r.items().stream().anyMatch(h -> h.id() == record.id() && h.underObjection()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> ids(searchAs(HUMEN, query)), found -> !found.contains(record.id()));
        awaitGrade(CHANGAN, subject, "A");

        TenantContext.runAs(CHANGAN, () -> objections.decide(objection, new CreditObjections.Decision(false,
                "处罚决定认定事实清楚", null, null), ObjectionExaminer.background("search-test")));

        SearchResults<RecordHit> again = awaitFound(HUMEN, query, r -> ids(r).contains(record.id()));
        assertThat(again.items()).singleElement().satisfies(hit -> {
            assertThat(hit.underObjection()).isFalse();
            assertThat(hit.state()).isEqualTo("PUBLISHED");
        });
        awaitGrade(HUMEN, subject, "D");
    }

    private void awaitGrade(TenantId tenant, SubjectView subject, String grade) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> TenantContext.callAs(tenant, () -> subjectSearch.search(subject.code(), 0, 10)).items()
                        .stream().anyMatch(hit -> hit.id() == subject.id() && grade.equals(hit.grade())));
    }

    @Test
    void aStateChangeReachesTheIndex() {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "修复科技有限公司");
        RecordView record = addRecord(HUMEN, subject, "逾期未报送" + marker + "行政处罚");
        awaitFound(HUMEN, marker + "行政处罚", r -> ids(r).contains(record.id()));

        TenantContext.runAs(HUMEN, () -> publicity.endPublicityByRepair(record.id(), "officer-1", "已完成信用修复"));

        SearchResults<RecordHit> after = awaitFound(HUMEN, marker + "行政处罚",
                r -> r.items().stream().anyMatch(h -> h.id() == record.id() && "PUBLICITY_ENDED".equals(h.state())));
        assertThat(after.items()).singleElement().satisfies(hit -> assertThat(hit.state()).isEqualTo("PUBLICITY_ENDED"));
    }

    @Test
    void theGroupedSearchReturnsSubjectsAndRecords() throws Exception {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "分组五金有限公司");
        RecordView record = addRecord(HUMEN, subject, "违规经营" + marker + "处罚");
        awaitFound(HUMEN, marker, r -> ids(r).contains(record.id()));
        // each index refreshes on its own: wait for the subject too
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> TenantContext.callAs(HUMEN, () -> subjectSearch.search(marker, 0, 10)).items().stream()
                        .anyMatch(hit -> hit.id() == subject.id()));

        mvc.perform(get("/api/tenants/humen/search").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.total").value(1))
                .andExpect(jsonPath("$.subjects.items[0].id").value(subject.id()))
                .andExpect(jsonPath("$.records.total").value(1))
                .andExpect(jsonPath("$.records.items[0].id").value(record.id()))
                .andExpect(jsonPath("$.records.items[0].subjectId").value(subject.id()));
        // 长安 finds the city's subject, but not 虎门's non-public (minor) record
        mvc.perform(get("/api/tenants/changan/search").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.total").value(1))
                .andExpect(jsonPath("$.subjects.items[0].id").value(subject.id()))
                .andExpect(jsonPath("$.records.total").value(0));
        mvc.perform(get("/api/tenants/humen/search").param("q", " "))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badInputGetsASensibleAnswerNeverA500() throws Exception {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "输入检查有限公司");
        RecordView record = addRecord(HUMEN, subject, "输入检查" + marker + "处罚");
        awaitFound(HUMEN, marker, r -> ids(r).contains(record.id()));
        String path = "/api/tenants/humen/search/records";

        mvc.perform(get(path).param("q", "")).andExpect(status().isBadRequest());
        mvc.perform(get(path).param("q", "处".repeat(101))).andExpect(status().isBadRequest());
        mvc.perform(get(path).param("q", marker + " AND (title:* OR \"[\\) ~ {")).andExpect(status().isOk());
        mvc.perform(get(path).param("q", marker).param("page", "1000")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get(path).param("q", marker).param("size", "100000")).andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
        assertThatThrownBy(() -> TenantContext.callAs(HUMEN, () -> search.search("  ", 0, 10)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFullReindexRebuildsTheRecordsAliasAndSearchStillAnswers() throws Exception {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "重建记录有限公司");
        RecordView record = addRecord(HUMEN, subject, "重建索引" + marker + "处罚");
        awaitFound(HUMEN, marker, r -> ids(r).contains(record.id()));
        Set<String> before = indexes.indicesBehind(recordType);
        assertThat(before).hasSize(1);

        ReindexStatus done = reindex.run(recordType, progress -> {
            // search answers from the old index while the new one is built
            assertThat(ids(searchAs(HUMEN, marker))).containsExactly(record.id());
        });

        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.type()).isEqualTo("record");
        assertThat(done.done()).isEqualTo(done.total()).isGreaterThanOrEqualTo(1);
        assertThat(done.index()).startsWith(indexes.alias(recordType) + "-v").isNotIn(before);
        assertThat(indexes.indicesBehind(recordType)).containsExactly(done.index());
        for (String old : before) {
            assertThat(client.indices().exists(e -> e.index(old)).value()).as("old index %s deleted", old).isFalse();
        }
        SearchResults<RecordHit> after = searchAs(HUMEN, marker);
        assertThat(ids(after)).containsExactly(record.id());
        assertThat(after.items().get(0).title()).isEqualTo("重建索引" + marker + "处罚");
        assertThat(ids(searchAs(CHANGAN, marker))).isEmpty();
    }
}
