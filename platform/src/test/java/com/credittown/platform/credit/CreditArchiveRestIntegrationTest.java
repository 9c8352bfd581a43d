package com.credittown.platform.credit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.code.Uscc;
import com.credittown.platform.credit.code.UsccGenerator;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.time.PlatformClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The credit archive's REST API as a client sees it: status codes, problem+json with fields named. */
@SpringBootTest
@AutoConfigureMockMvc
class CreditArchiveRestIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformClock clock;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String subjectJson(String kind, String code) {
        return """
                {"kind": "%s", "code": "%s", "name": "东莞市长安测试五金有限公司", "tags": ["五金"]}"""
                .formatted(kind, code);
    }

    private long registerInHumen(String code) throws Exception {
        String body = postJson("/api/tenants/humen/subjects", subjectJson("MARKET_ENTITY", code))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/tenants/humen/subjects/")))
                .andExpect(jsonPath("$.grade").value("A"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private static String dishonestyJson(String legalBasis, LocalDate decided) {
        return """
                {"kind": "DISHONESTY", "severity": "SEVERE", "department": "人力资源和社会保障局",
                 "decisionDate": "%s", %s "title": "拖欠农民工工资"}"""
                .formatted(decided, legalBasis == null ? "" : "\"legalBasis\": \"" + legalBasis + "\",");
    }

    @Test
    void aMerchantReadsOnlyItsOwnSubjectAndWritesNothing() throws Exception {
        String own = CODES.next("441900").value();
        String other = CODES.next("441900").value();
        long ownId = registerInHumen(own);
        long otherId = registerInHumen(other);
        var merchant = com.credittown.platform.identity.TestUsers.merchantOf("humen", own);

        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", ownId).with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.code").value(own));
        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", otherId).with(merchant))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/subjects/{id}", otherId).with(merchant))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/subjects").param("code", other).with(merchant))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tenants/humen/subjects/" + ownId + "/records").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON).content(dishonestyJson("依据", LocalDate.now(clock))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSubjectIsRegisteredFoundByIdAndCodeAndItsArchiveShowsGradeAndRecords() throws Exception {
        String code = CODES.next("441900").value();
        long id = registerInHumen(code.toLowerCase() + " ");

        mvc.perform(get("/api/tenants/humen/subjects/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.tags[0]").value("五金"));
        mvc.perform(get("/api/tenants/humen/subjects").param("code", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));

        postJson("/api/tenants/humen/subjects/" + id + "/records",
                dishonestyJson("《保障农民工工资支付条例》第四十八条", LocalDate.now(clock)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.publicity.earliestEnd").value(LocalDate.now(clock).plusYears(1).toString()))
                .andExpect(jsonPath("$.publicity.latestEnd").value(LocalDate.now(clock).plusYears(3).toString()));

        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.id").value(id))
                .andExpect(jsonPath("$.grade").value("C"))
                .andExpect(jsonPath("$.score").value(60))
                .andExpect(jsonPath("$.explanation[0].points").value(-40))
                .andExpect(jsonPath("$.records[0].kind").value("DISHONESTY"))
                .andExpect(jsonPath("$.records[0].legalBasis").value("《保障农民工工资支付条例》第四十八条"));
    }

    @Test
    void aDuplicateCodeIsAConflictNamingTheExistingSubject() throws Exception {
        String code = CODES.next("441900").value();
        long id = registerInHumen(code);

        postJson("/api/tenants/humen/subjects", subjectJson("MARKET_ENTITY", code))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("subject " + id)));
        // The same code is another subject in another tenant.
        postJson("/api/tenants/changan/subjects", subjectJson("MARKET_ENTITY", code))
                .andExpect(status().isCreated());
    }

    @Test
    void anInvalidCodeIsRefusedNamingTheExpectedCheckCharacter() throws Exception {
        String valid = CODES.next("441900").value();
        char expected = Uscc.checkCharacterFor(valid.substring(0, 17));
        String wrong = valid.substring(0, 17) + (expected == '0' ? '1' : '0');

        postJson("/api/tenants/humen/subjects", subjectJson("MARKET_ENTITY", wrong))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("call for '" + expected + "'")));
    }

    @Test
    void eighteenZerosAreRefusedNamingPosition1AndNothingIsRegistered() throws Exception {
        postJson("/api/tenants/humen/subjects", subjectJson("MARKET_ENTITY", "000000000000000000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "Position 1 of '000000000000000000' is '0', which is not a registration authority")));
        mvc.perform(get("/api/tenants/humen/subjects").param("code", "000000000000000000"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCodeWhoseOrganisationCodeFailsItsCheckIsRefusedNamingPosition17() throws Exception {
        // the demo merchant's code before GB 11714 was checked: position 18 is right for the 17 before it
        postJson("/api/tenants/humen/subjects", subjectJson("MARKET_ENTITY", "91441900MA4WDEM012"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "Position 17 of '91441900MA4WDEM012' is '1', but the organisation code")));
    }

    @Test
    void aNaturalPersonIsIdentifiedByAnIdNumberNotACreditCode() throws Exception {
        // (natural persons themselves: NaturalPersonRestIntegrationTest)
        postJson("/api/tenants/humen/subjects", subjectJson("NATURAL_PERSON", "91441900MA4UJ1L01J"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("character 'M' at position 9 is not allowed")));
    }

    @Test
    void aDishonestyRecordWithoutLegalBasisIsRefusedNamingTheField() throws Exception {
        long id = registerInHumen(CODES.next("441900").value());

        postJson("/api/tenants/humen/subjects/" + id + "/records", dishonestyJson(null, LocalDate.now(clock)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("legalBasis")));
        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", id))
                .andExpect(jsonPath("$.records").isEmpty())
                .andExpect(jsonPath("$.grade").value("A"));
    }

    @Test
    void aDecisionDateInTheFutureIsRefused() throws Exception {
        long id = registerInHumen(CODES.next("441900").value());

        postJson("/api/tenants/humen/subjects/" + id + "/records",
                dishonestyJson("《企业信息公示暂行条例》第十七条", LocalDate.now(clock).plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("decision date is in the future")));
    }

    @Test
    void repairBeforeTheMinimumPeriodIsAConflictWithTheEarliestDate() throws Exception {
        long id = registerInHumen(CODES.next("441900").value());
        LocalDate today = LocalDate.now(clock);
        JsonNode record = json.readTree(postJson("/api/tenants/humen/subjects/" + id + "/records",
                dishonestyJson("《企业信息公示暂行条例》第十七条", today))
                .andReturn().getResponse().getContentAsString());

        postJson("/api/tenants/humen/records/" + record.get("id").asLong() + "/end-publicity",
                "{\"reason\": \"paid the arrears\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(today.plusYears(1).toString())));
        postJson("/api/tenants/humen/records/" + record.get("id").asLong() + "/end-publicity", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/tenants/humen/records/" + record.get("id").asLong() + "/archive"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherTenantsSubjectOrRecordIsNotFoundEvenWithTheExactId() throws Exception {
        String code = CODES.next("441900").value();
        long subject = registerInHumen(code);
        long record = json.readTree(postJson("/api/tenants/humen/subjects/" + subject + "/records",
                        dishonestyJson("《企业信息公示暂行条例》第十七条", LocalDate.now(clock)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(get("/api/tenants/changan/subjects/{id}", subject))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown credit subject"))
                .andExpect(jsonPath("$.detail").value("No credit subject with the id " + subject + " exists."));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subject))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/changan/subjects").param("code", code))
                .andExpect(status().isNotFound());
        postJson("/api/tenants/changan/subjects/" + subject + "/records",
                dishonestyJson("《企业信息公示暂行条例》第十七条", LocalDate.now(clock)))
                .andExpect(status().isNotFound());
        postJson("/api/tenants/changan/records/" + record + "/end-publicity", "{\"reason\": \"guessed\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown credit record"))
                .andExpect(jsonPath("$.detail").value("No credit record with the id " + record + " exists."));
        mvc.perform(post("/api/tenants/changan/records/" + record + "/archive"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));

        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", subject))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records.length()").value(1))
                .andExpect(jsonPath("$.records[0].state").value("PUBLISHED"));
    }
}
