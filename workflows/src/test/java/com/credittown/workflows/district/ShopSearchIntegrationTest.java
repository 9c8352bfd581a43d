package com.credittown.workflows.district;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.search.CaseHit;
import com.credittown.platform.search.FullReindex;
import com.credittown.platform.search.GlobalSearch;
import com.credittown.platform.search.ReindexStatus;
import com.credittown.platform.search.SearchResults;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * District shops (and their membership cases) in the search index against the real Elasticsearch: a shop appears
 * when the district-membership process admits it, follows its removal and rating, is found only in its tenant
 * (and by the city office across tenants), and is rebuilt by the reindex.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShopSearchIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    DistrictService districts;
    @Autowired
    ShopSupervision supervision;
    @Autowired
    DistrictShops shops;
    @Autowired
    GlobalSearch global;
    @Autowired
    FullReindex reindex;
    @Autowired
    ShopDocumentType shopType;
    @Autowired
    MockMvc mvc;

    String marker;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        StringBuilder unique = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            unique.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        marker = unique.toString();
    }

    @Test
    void anAdmittedShopIsFoundAndFollowsItsRemoval() {
        District district = create(HUMEN, "国贸中心");
        String code = CODES.next("441900").value();
        DistrictShop shop = admit(HUMEN, district, "虎门" + marker + "奶茶店", code);

        ShopHit found = awaitShop(HUMEN, marker + "奶茶", shop.id(), h -> true);
        assertThat(found.tenant()).isEqualTo("humen");
        assertThat(found.shopName()).isEqualTo("虎门" + marker + "奶茶店");
        assertThat(found.districtName()).isEqualTo(district.name());
        assertThat(found.districtKind()).isEqualTo("MALL");
        assertThat(found.subjectCode()).isEqualTo(code);
        assertThat(found.status()).isEqualTo("MEMBER");
        assertThat(found.rating()).isEqualTo("GREEN");
        assertThat(found.link()).isEqualTo("tenants/humen/cases/" + shop.caseId());
        // by the subject's code prefix, and by a part of the district's name
        assertThat(shopHit(HUMEN, code.substring(0, 14), shop.id())).isPresent();
        assertThat(shopHit(HUMEN, "国贸中心" + marker, shop.id())).isPresent();
        // the membership case is indexed too, and found by the shop's subject code
        assertThat(await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> this.<CaseHit>group(HUMEN, code, "cases").items(), items -> !items.isEmpty()))
                .anySatisfy(hit -> {
                    assertThat(hit.id()).isEqualTo(shop.caseId());
                    assertThat(hit.processKey()).isEqualTo("district-membership");
                    assertThat(hit.state()).isEqualTo("ENDED");
                });
        // never in another tenant
        assertThat(shopHit(CHANGAN, marker + "奶茶", shop.id())).isEmpty();
        assertThat(shopHit(CHANGAN, code, shop.id())).isEmpty();

        TenantContext.callAs(HUMEN, () -> supervision.removeForBrokenCommitment(shop.id(), "销售假冒商品", "officer-a"));
        ShopHit removed = awaitShop(HUMEN, marker + "奶茶", shop.id(), h -> "REMOVED".equals(h.status()));
        assertThat(removed.status()).isEqualTo("REMOVED");
    }

    @Test
    void aRatingChangeReachesTheIndex() {
        DistrictShop shop = admit(HUMEN, create(HUMEN, "汇一城"), "汇一城" + marker + "小吃店",
                CODES.next("441900").value());
        awaitShop(HUMEN, marker + "小吃", shop.id(), h -> "GREEN".equals(h.rating()));

        TenantContext.callAs(HUMEN, () -> {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            for (int i = 0; i < 3; i++) {
                supervision.recordComplaint(shop.id(), today, true, "缺斤少两", "officer-a");
            }
            return supervision.rate(shop.id());
        });

        assertThat(awaitShop(HUMEN, marker + "小吃", shop.id(), h -> "RED".equals(h.rating())).rating())
                .isEqualTo("RED");
    }

    @Test
    void theCityOfficeSeesShopsOfEveryTenantAndAHumenOfficerOnlyHumens() throws Exception {
        DistrictShop inHumen = admit(HUMEN, create(HUMEN, "虎门国贸"), "虎门" + marker + "跨镇店",
                CODES.next("441900").value());
        DistrictShop inChangan = admit(CHANGAN, create(CHANGAN, "长安万达"), "长安" + marker + "跨镇店",
                CODES.next("441900").value());
        awaitShop(HUMEN, marker + "跨镇", inHumen.id(), h -> true);
        awaitShop(CHANGAN, marker + "跨镇", inChangan.id(), h -> true);

        mvc.perform(get("/api/search").param("q", marker + "跨镇").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shops.total").value(2))
                .andExpect(jsonPath("$.shops.items[*].tenant", hasItem("humen")))
                .andExpect(jsonPath("$.shops.items[*].tenant", hasItem("changan")));
        mvc.perform(get("/api/search").param("q", marker + "跨镇").param("tenant", "changan")
                        .with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shops.total").value(1))
                .andExpect(jsonPath("$.shops.items[0].id").value(inChangan.id()));
        mvc.perform(get("/api/search").param("q", marker + "跨镇").with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shops.total").value(1))
                .andExpect(jsonPath("$..tenant", everyItem(is("humen"))));
        mvc.perform(get("/api/search").param("q", marker + "跨镇").param("tenant", "changan")
                        .with(TestUsers.officerOf("humen")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/changan/search").param("q", marker + "跨镇").with(TestUsers.officerOf("humen")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReindexOfEveryTypeIncludesShopsAndCases() {
        DistrictShop shop = admit(CHANGAN, create(CHANGAN, "长安市场"), "长安" + marker + "重建店",
                CODES.next("441900").value());
        awaitShop(CHANGAN, marker + "重建", shop.id(), h -> true);

        ReindexStatus done = reindex.run(shopType);

        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.done()).isPositive();
        assertThat(awaitShop(CHANGAN, marker + "重建", shop.id(), h -> true).shopName()).isEqualTo("长安" + marker + "重建店");
        assertThat(reindex.status().types()).extracting(ReindexStatus::type)
                .contains("subject", "record", "case", "shop");
    }

    private District create(TenantId tenant, String name) {
        String unique = name + marker + UUID.randomUUID().toString().substring(0, 8);
        return TenantContext.callAs(tenant, () -> districts.create(new NewDistrict(unique, "MALL", "东莞市" + name,
                "本店承诺：明码标价、货真价实、诚信经营。"), "officer-a"));
    }

    /** Apply, sign, pass the inspection: the district-membership process admits the shop. */
    private DistrictShop admit(TenantId tenant, District district, String shopName, String code) {
        return TenantContext.callAs(tenant, () -> {
            String caseId = cases.start("district-membership", "officer-a",
                    Map.of("districtId", district.id(), "shopName", shopName, "subjectCode", code));
            cases.complete(onlyTaskOf(caseId).id(), "officer-a",
                    Map.of("signatory", "店主", "signedOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
            cases.complete(onlyTaskOf(caseId).id(), "officer-a", Map.of("outcome", "passed", "findings", "合格"));
            return shops.findByCaseId(caseId).orElseThrow();
        });
    }

    private WorkTask onlyTaskOf(String caseId) {
        return cases.openTasks(0, 500).stream().filter(t -> t.caseId().equals(caseId)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <H extends com.credittown.platform.search.SearchHit> SearchResults<H> group(TenantId tenant, String query,
                                                                                         String group) {
        return (SearchResults<H>) TenantContext.callAs(tenant, () -> global.search(tenant.code(), query, 50))
                .group(group);
    }

    private Optional<ShopHit> shopHit(TenantId tenant, String query, String shopId) {
        return this.<ShopHit>group(tenant, query, "shops").items().stream().filter(h -> h.id().equals(shopId))
                .findFirst();
    }

    private ShopHit awaitShop(TenantId tenant, String query, String shopId, Predicate<ShopHit> ok) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> shopHit(tenant, query, shopId).orElse(null), h -> h != null && ok.test(h));
    }
}
