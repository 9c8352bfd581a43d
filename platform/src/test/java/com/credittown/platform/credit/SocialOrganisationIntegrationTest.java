package com.credittown.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.search.SubjectHit;
import com.credittown.platform.search.SubjectSearch;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Social organisations (社会组织) and charities (慈善组织) as credit subjects (东府办〔2024〕6号（九）: a credit archive of
 * charities): registered with a code civil affairs issued (registration authority 5), a charity marked by its tag; other
 * kinds and codes refused field by field; the archive grades them and the search finds them in every town.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SocialOrganisationIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    SubjectSearch search;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @Test
    void aCharityIsRegisteredGradedAndFoundInEveryTown() throws Exception {
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            marker.append((char) java.util.concurrent.ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        String code = CODES.next("441900", '5', '3').value(); // 基金会 under civil affairs
        String name = "东莞市" + marker + "慈善基金会";
        String body = register("SOCIAL_ORGANISATION", code, name, List.of(SubjectKindTags.CHARITY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SOCIAL_ORGANISATION"))
                .andExpect(jsonPath("$.tags").value(hasItem("慈善组织")))
                .andExpect(jsonPath("$.grade").value("A"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        // the archive takes its records and grades it like any subject
        mvc.perform(post("/api/tenants/humen/subjects/" + id + "/records").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "DISHONESTY", "severity": "GENERAL", "department": "东莞市民政局",
                                 "decisionDate": "%s", "legalBasis": "《慈善法》第一百零八条", "title": "未按规定公开募捐信息"}"""
                                .formatted(LocalDate.now().minusDays(3))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.kind").value("SOCIAL_ORGANISATION"))
                .andExpect(jsonPath("$.records[*].title").value(hasItem("未按规定公开募捐信息")))
                .andExpect(jsonPath("$.score").value(org.hamcrest.Matchers.lessThan(100)));

        // found by name in another town too (one archive for the city), with its kind and tag
        SubjectHit hit = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> TenantContext.callAs(new TenantId("changan"), () -> search.search(marker.toString(), 0, 20)).items()
                        .stream().filter(h -> h.id() == id).findFirst().orElse(null), found -> found != null);
        assertThat(hit.kind()).isEqualTo("SOCIAL_ORGANISATION");
        assertThat(hit.tags()).contains("慈善组织");
        assertThat(hit.code()).isEqualTo(code);
    }

    @Test
    void civilAffairsCodesAndSocialOrganisationsGoTogether() throws Exception {
        // a social organisation with a market-regulation code
        register("SOCIAL_ORGANISATION", CODES.next("441900").value(), "东莞市某协会", List.of())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("not-civil-affairs"));
        // a civil-affairs code registered as a market entity
        register("MARKET_ENTITY", CODES.next("441900", '5', '1').value(), "东莞市某商会", List.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].code").value("civil-affairs-code"));
        // only a social organisation is a charity
        register("MARKET_ENTITY", CODES.next("441900").value(), "东莞市某贸易有限公司", List.of("慈善组织"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags"))
                .andExpect(jsonPath("$.errors[0].code").value("charity-not-social-organisation"));
        // a social group without the charity tag is a social organisation, not a charity
        register("SOCIAL_ORGANISATION", CODES.next("441900", '5', '1').value(), "东莞市某行业协会", List.of("行业协会"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tags").value(org.hamcrest.Matchers.not(hasItem("慈善组织"))));
    }

    private ResultActions register(String kind, String code, String name, List<String> tags) throws Exception {
        return mvc.perform(post("/api/tenants/humen/subjects").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("kind", kind, "code", code, "name", name,
                        "tags", tags))));
    }

    /** The charity tag, spelled out here so the test fails if the product renames it. */
    private static final class SubjectKindTags {
        static final String CHARITY = "慈善组织";
    }
}
