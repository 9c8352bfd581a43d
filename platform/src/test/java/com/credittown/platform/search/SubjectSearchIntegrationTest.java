package com.credittown.platform.search;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Subject search against the real Elasticsearch, fed through the outbox. */
@SpringBootTest
@AutoConfigureMockMvc
class SubjectSearchIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SubjectSearch search;
    @Autowired
    MockMvc mvc;

    SearchTestSubjects subjects;
    String marker;

    @BeforeEach
    void setUp() {
        TenantFixtures.register(directory);
        subjects = new SearchTestSubjects(registry, tx);
        marker = SearchTestSubjects.marker();
    }

    private SearchResults<SubjectHit> searchAs(TenantId tenant, String query) {
        return TenantContext.callAs(tenant, () -> search.search(query, 0, 100));
    }

    private static List<Long> ids(SearchResults<SubjectHit> results) {
        return results.items().stream().map(SubjectHit::id).toList();
    }

    private SearchResults<SubjectHit> awaitFound(TenantId tenant, String query, long id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> searchAs(tenant, query), results -> ids(results).contains(id));
    }

    @Test
    void aPartOfAChineseNameFindsTheSubject() throws Exception {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "贸易有限公司");

        SearchResults<SubjectHit> byTownAndMarker = awaitFound(HUMEN, "虎门镇" + marker, subject.id());
        assertThat(byTownAndMarker.items()).singleElement().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("东莞市虎门镇" + marker + "贸易有限公司");
            assertThat(hit.code()).isEqualTo(subject.code());
            assertThat(hit.grade()).isEqualTo(subject.grade().name());
            assertThat(hit.kind()).isEqualTo("MARKET_ENTITY");
            assertThat(hit.tags()).containsExactly("搜索测试");
        });
        assertThat(byTownAndMarker.matchedAs()).isEqualTo("name");
        // from the middle of the name, and words in any order
        assertThat(ids(searchAs(HUMEN, marker + "贸易"))).containsExactly(subject.id());
        assertThat(ids(searchAs(HUMEN, "贸易 " + marker))).containsExactly(subject.id());

        // 虎门 alone: the phrase ranks first; every hit holds both characters
        SearchResults<SubjectHit> humen = searchAs(HUMEN, "虎门");
        assertThat(humen.total()).isGreaterThanOrEqualTo(1);
        assertThat(humen.items()).allSatisfy(hit -> assertThat(hit.name()).contains("虎").contains("门"));
        assertThat(humen.items().get(0).name()).contains("虎门");

        mvc.perform(get("/api/tenants/humen/search/subjects").param("q", "虎门镇" + marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(subject.id()))
                .andExpect(jsonPath("$.items[0].archivePath")
                        .value("/api/tenants/humen/subjects/" + subject.id() + "/archive"));
    }

    /**
     * One archive for the city: every town finds every company, whichever town registered it; a natural person only
     * the towns that registered the person find.
     */
    @Test
    void everyTownFindsTheCitysCompaniesButANaturalPersonOnlyTheTownsThatRegisteredIt() throws Exception {
        SubjectView inHumen = subjects.register(HUMEN, "东莞市虎门镇" + marker + "共同五金有限公司");
        SubjectView inChangan = subjects.register(CHANGAN, "东莞市长安镇" + marker + "共同五金有限公司");
        SubjectView person = subjects.registerPerson(CHANGAN, marker.charAt(0) + "某某");
        awaitFound(HUMEN, marker + "共同五金", inChangan.id());
        awaitFound(CHANGAN, String.valueOf(marker.charAt(0)), person.id());

        assertThat(ids(searchAs(HUMEN, marker + "共同五金"))).containsExactlyInAnyOrder(inHumen.id(), inChangan.id());
        assertThat(ids(searchAs(CHANGAN, marker + "共同五金"))).containsExactlyInAnyOrder(inHumen.id(), inChangan.id());
        assertThat(ids(searchAs(HUMEN, "长安镇" + marker))).containsExactly(inChangan.id());
        assertThat(ids(searchAs(HUMEN, inChangan.code()))).containsExactly(inChangan.id());
        assertThat(ids(searchAs(HUMEN, String.valueOf(marker.charAt(0))))).doesNotContain(person.id());

        mvc.perform(get("/api/tenants/humen/search/subjects").param("q", "长安镇" + marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(inChangan.id()))
                // the hit links to the archive in the searcher's own tenant
                .andExpect(jsonPath("$.items[0].archivePath")
                        .value("/api/tenants/humen/subjects/" + inChangan.id() + "/archive"));
    }

    @Test
    void theCodeOrItsPrefixFindsTheSubject() {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "电子科技有限公司");
        SearchResults<SubjectHit> byCode = awaitFound(HUMEN, subject.code(), subject.id());
        assertThat(byCode.matchedAs()).isEqualTo("code");
        assertThat(ids(byCode)).containsExactly(subject.id());
        assertThat(ids(searchAs(HUMEN, subject.code().toLowerCase()))).containsExactly(subject.id());
        String prefix = subject.code().substring(0, 12);
        SearchResults<SubjectHit> byPrefix = searchAs(HUMEN, prefix);
        assertThat(byPrefix.query()).isEqualTo(prefix);
        assertThat(ids(byPrefix)).contains(subject.id());
        assertThat(byPrefix.items()).allSatisfy(hit -> assertThat(hit.code()).startsWith(prefix));
        // a broad prefix (every market entity's code starts with 9): every hit scores the same; the page is in code order
        SubjectView other = subjects.register(HUMEN, "东莞市虎门镇" + marker + "五金制品有限公司");
        awaitFound(HUMEN, other.code(), other.id());
        SearchResults<SubjectHit> broad = searchAs(HUMEN, "9");
        assertThat(broad.total()).isGreaterThanOrEqualTo(2);
        assertThat(broad.items()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(hit -> assertThat(hit.code()).startsWith("9"));
        assertThat(broad.items().stream().map(SubjectHit::code).toList()).isSorted();
    }

    @Test
    void badInputGetsASensibleAnswerNeverA500() throws Exception {
        SubjectView subject = subjects.register(HUMEN, "东莞市虎门镇" + marker + "餐饮管理有限公司");
        awaitFound(HUMEN, marker, subject.id());
        String path = "/api/tenants/humen/search/subjects";

        for (String syntax : new String[] {"\"虎门 AND (*", "\\", "{}", "*", "name:虎门 OR 1=1", "[a TO z]", "/.*/"}) {
            mvc.perform(get(path).param("q", syntax))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").isNumber());
        }
        mvc.perform(get(path).param("q", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("enter at least one character"));
        mvc.perform(get(path))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get(path).param("q", "虎".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("too-long"));
        mvc.perform(get(path).param("q", "虎门镇" + marker).param("page", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items", empty()));
        mvc.perform(get(path).param("q", "虎门").param("page", "100000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items", empty()));
        mvc.perform(get(path).param("q", "虎门").param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get(path).param("q", "虎门").param("page", "-1").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[1].field").value("size"));
        mvc.perform(get(path).param("q", "虎门").param("page", "x"))
                .andExpect(status().isBadRequest());
    }
}
