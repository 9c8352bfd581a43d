package com.credittown.platform.credit;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.merchantOf;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.Uscc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the credit REST tests set up alike, as their users do it over REST: a subject registered by a town, 长安's
 * records on it, a severe-dishonesty list entry 长安 proposed and the city office included, a 双公示 import run to its
 * end, and the reads of lists.
 */
public final class CreditRestFixture {

    /** The grounds 长安's proposals give. */
    public static final String GROUNDS = "拖欠农民工工资数额巨大，经责令限期支付仍不支付";

    private final MockMvc mvc;
    private final ObjectMapper json;

    public CreditRestFixture(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor user, String body)
            throws Exception {
        return mvc.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The id the answer names. */
    public long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** The town's officer registers a market entity. */
    public ResultActions register(String tenant, String code, String name) throws Exception {
        return send(post("/api/tenants/" + tenant + "/subjects"), officerOf(tenant), """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "%s"}""".formatted(code, name));
    }

    /** A market entity 长安 registered; its id. */
    public long subjectOfChangan(String code, String name) throws Exception {
        return id(register("changan", code, name).andExpect(status().isCreated()));
    }

    /** 长安 records a decision on the subject, citing the wage-payment regulation. */
    public ResultActions record(long subjectId, String kind, String severity, String department, LocalDate decided,
                                String title) throws Exception {
        return send(post("/api/tenants/changan/subjects/" + subjectId + "/records"), officerOf("changan"), """
                {"kind": "%s", "severity": "%s", "department": "%s",
                 "decisionDate": "%s", "legalBasis": "《保障农民工工资支付条例》第四十八条", "title": "%s"}"""
                .formatted(kind, severity, department, decided, title)).andExpect(status().isCreated());
    }

    /** 长安's proposal of the subject on these records, with {@link #GROUNDS}. */
    public static String proposal(long subjectId, long... records) {
        StringBuilder ids = new StringBuilder();
        for (long r : records) {
            ids.append(ids.isEmpty() ? "" : ",").append(r);
        }
        return """
                {"subjectId": %d, "recordIds": [%s], "department": "长安镇人力资源和社会保障分局",
                 "grounds": "%s", "legalBasis": "《社会保险领域严重失信主体名单管理办法》"}"""
                .formatted(subjectId, ids, GROUNDS);
    }

    /**
     * 长安 proposes the subject on its severe record and serves the notice, the merchant (in 虎门's portal) states its
     * case, the city office includes it.
     *
     * @return the entry and the city office's answer to the decision (status OK checked)
     */
    public Inclusion includedByTheCity(long subjectId, long severeRecord, String code) throws Exception {
        long entry = id(send(post("/api/tenants/changan/severe-list/proposals"), officerOf("changan"),
                proposal(subjectId, severeRecord)).andExpect(status().isCreated()));
        mvc.perform(post("/api/tenants/changan/severe-list/proposals/{id}/notice", entry).with(officerOf("changan")))
                .andExpect(status().isOk());
        send(post("/api/tenants/humen/my/severe-list-notices/{id}/statement", entry), merchantOf("humen", code), """
                {"statement": "请求不予列入"}""").andExpect(status().isOk());
        ResultActions decision = send(post("/api/city/severe-list/{id}/decision", entry), cityOffice(), """
                {"include": true, "reason": "陈述申辩理由不成立"}""").andExpect(status().isOk());
        return new Inclusion(entry, decision);
    }

    /** A list entry the city office included, and its answer to the decision. */
    public record Inclusion(long entry, ResultActions decision) {
    }

    /** The town's officer imports a 双公示 CSV file; the job's id once it has run. */
    public long imported(String tenant, String fileName, String csv) throws Exception {
        long jobId = id(mvc.perform(multipart("/api/tenants/" + tenant + "/imports/double-publicity")
                        .file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(officerOf(tenant)))
                .andExpect(status().isAccepted()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> importJob(tenant, jobId).get("state").asText(), state -> !"RUNNING".equals(state));
        return jobId;
    }

    /** The import job as its town's officer reads it. */
    public JsonNode importJob(String tenant, long jobId) throws Exception {
        return json.readTree(mvc.perform(get("/api/tenants/" + tenant + "/imports/{id}", jobId)
                .with(officerOf(tenant))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The items of a list the reader sees on the path. */
    public List<JsonNode> items(String path, RequestPostProcessor user) throws Exception {
        String body = mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> found = new ArrayList<>();
        json.readTree(body).forEach(found::add);
        return found;
    }

    /** A code with a wrong check character (GB 32100): valid in form, wrong in sum. */
    public static String wrongCheckCharacter(String valid) {
        char expected = Uscc.checkCharacterFor(valid.substring(0, 17));
        return valid.substring(0, 17) + (expected == '0' ? '1' : '0');
    }
}
