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

import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccGenerator;
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
                .andExpect(jsonPath("$.grade").value("D"))
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
        // one archive for the city: another town registering the same code is told which subject to use
        postJson("/api/tenants/changan/subjects", subjectJson("MARKET_ENTITY", code))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("subject " + id)));
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

    /**
     * The story: 长安 registers a company and records a severe penalty; a 虎门 officer finds the same subject
     * with 长安's penalty and grade D, may add 虎门's own records, but changes nothing 长安 recorded, and does not read
     * what 长安 keeps non-public.
     */
    @Test
    void aPenaltyRecordedByOneTownIsInTheArchiveEveryTownReadsAndOnlyItsRecorderChanges() throws Exception {
        String code = CODES.next("441900").value();
        long subject = json.readTree(postJson("/api/tenants/changan/subjects", subjectJson("MARKET_ENTITY", code))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        long penalty = created(postJson("/api/tenants/changan/subjects/" + subject + "/records", """
                {"kind": "PENALTY", "severity": "SEVERE", "department": "东莞市市场监督管理局长安分局",
                 "decisionDate": "%s", "legalBasis": "《中华人民共和国食品安全法》第一百二十四条",
                 "title": "生产经营超范围使用食品添加剂的食品"}""".formatted(LocalDate.now(clock))));
        long minor = created(postJson("/api/tenants/changan/subjects/" + subject + "/records", """
                {"kind": "DISHONESTY", "severity": "MINOR", "department": "国家税务总局东莞市税务局长安分局",
                 "decisionDate": "%s", "legalBasis": "《中华人民共和国税收征收管理法》第六十二条",
                 "title": "逾期申报"}""".formatted(LocalDate.now(clock))));

        mvc.perform(get("/api/tenants/humen/subjects").param("code", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(subject))
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.registeredBy").value("changan"));
        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", subject))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.records.length()").value(1))
                .andExpect(jsonPath("$.records[0].id").value(penalty))
                .andExpect(jsonPath("$.records[0].ownerTenant").value("changan"))
                .andExpect(jsonPath("$.records[0].open").value(true))
                .andExpect(content().string(not(containsString("逾期申报"))));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subject))
                .andExpect(jsonPath("$.records.length()").value(2));

        // 长安's penalty is changed by 长安 only; its non-public record is not even found
        postJson("/api/tenants/humen/records/" + penalty + "/end-publicity", "{\"reason\": \"guessed\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Recorded by another authority"))
                .andExpect(jsonPath("$.detail").value(containsString("only the authority that recorded it")));
        mvc.perform(post("/api/tenants/humen/records/" + minor + "/archive"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No credit record with the id " + minor + " exists."));
        // 虎门 records into the same archive, as the owner of its own record
        postJson("/api/tenants/humen/subjects/" + subject + "/records",
                dishonestyJson("《保障农民工工资支付条例》第四十八条", LocalDate.now(clock)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerTenant").value("humen"));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subject))
                .andExpect(jsonPath("$.records.length()").value(3));
    }

    private long created(ResultActions request) throws Exception {
        return json.readTree(request.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
    }

}
