package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.identity.RealmUser;
import com.credittown.platform.identity.RealmUsers;
import java.util.Optional;
import java.util.Set;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.tenants.provisioning.TenantProvisioner;
import com.credittown.workflows.cases.CaseService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity against the real Keycloak started by scripts/services.sh: the realm, organisations and demo
 * users provisioned at start-up, real tokens for each role, and the attacks the API must refuse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class IdentityIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KeycloakSettings settings;
    @Autowired
    TenantProvisioner provisioner;
    @Autowired
    CaseService cases;
    @Autowired
    PlatformClock clock;
    @Autowired
    RealmUsers realmUsers;
    @Autowired
    com.credittown.platform.identity.AccessEvents accessEvents;

    private final ObjectMapper json = new ObjectMapper();
    private RealKeycloak keycloak;
    private String humenCase;

    @BeforeEach
    void setUp() {
        keycloak = new RealKeycloak(settings);
        humenCase = TenantContext.callAs(new TenantId("humen"), () -> cases.start("credit-commitment", "humen.officer",
                Map.of("subjectCode", new UsccGenerator(new Random()).next("441900").value(),
                        "subjectName", "东莞市虎门镇身份测试商行", "commitmentType", "voluntary",
                        "commitmentText", "承诺守法诚信经营。")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void provisioningAgainChangesNothingInKeycloak() {
        var report = provisioner.provisionAll();

        assertThat(report.failures()).isEmpty();
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void theTokenCarriesTheTenantRolesAndAudience() throws Exception {
        JsonNode claims = claimsOf(keycloak.tokenOf("humen.reviewer"));

        assertThat(claims.path("organization").toString()).contains("humen");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("department-reviewer");
        assertThat(claims.path("department").asText()).isEqualTo("market-supervision");
        assertThat(claims.path("aud").toString()).contains(settings.apiAudience());
    }

    @Test
    void anOfficerSeesTheirTenantsTasksAndNoOther() throws Exception {
        String humen = keycloak.tokenOf("humen.officer");
        String changan = keycloak.tokenOf("changan.officer");

        assertThat(caseIdsOf(get("/api/tenants/humen/tasks?size=200", humen))).contains(humenCase);
        assertThat(caseIdsOf(get("/api/tenants/changan/tasks?size=200", changan))).doesNotContain(humenCase);
        ResponseEntity<String> foreign = get("/api/tenants/humen/tasks", changan);
        ResponseEntity<String> unknown = get("/api/tenants/atlantis/tasks", humen);
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(foreign.getBody()).path("title").asText())
                .isEqualTo(json.readTree(unknown.getBody()).path("title").asText());
    }

    @Test
    void reviewersMerchantsAndTheCityOfficeSeeWhatTheirRoleAllows() throws Exception {
        assertThat(caseIdsOf(get("/api/tenants/humen/tasks?size=200", keycloak.tokenOf("humen.tax"))))
                .doesNotContain(humenCase);
        // the task list is the officers' worklist: a merchant is refused it
        ResponseEntity<String> merchantTasks = get("/api/tenants/humen/tasks?size=200", keycloak.tokenOf("humen.merchant"));
        assertThat(merchantTasks.getStatusCode().value()).isEqualTo(403);
        assertThat(merchantTasks.getBody()).doesNotContain(humenCase);
        String city = keycloak.tokenOf("city.office");
        assertThat(caseIdsOf(get("/api/tenants/humen/tasks?size=200", city))).contains(humenCase);
        String taskId = taskOf(humenCase, keycloak.tokenOf("humen.officer"));
        ResponseEntity<String> write = post("/api/tenants/humen/tasks/" + taskId + "/complete", city,
                "{\"data\":{\"signatory\":\"市信用办\",\"signedOn\":\"2026-11-25\"}}");
        assertThat(write.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aSelfRegisteredMerchantIsLinkedToItsSubjectByAnOfficer() throws Exception {
        String officer = keycloak.tokenOf("humen.officer");
        String code = new UsccGenerator(new Random()).next("441900").value();
        assertThat(post("/api/tenants/humen/subjects", officer, """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市虎门镇自注册商行", "tags": []}"""
                .formatted(code)).getStatusCode().value()).isEqualTo(201);
        // the merchant registered itself: an account with the default (merchant) role and no organisation
        String username = "selfreg" + System.nanoTime();
        realmUsers.ensure(new RealmUser(username, RealKeycloak.DEMO_PASSWORD, "自注册", "商户",
                username + "@demo.credittown.internal", Optional.empty(), Set.of(), Map.of()));
        String before = keycloak.tokenOf(username);
        assertThat(claimsOf(before).path("organization").isMissingNode()
                || claimsOf(before).path("organization").isEmpty()).isTrue();
        assertThat(get("/api/tenants/humen/subjects?code=" + code, before).getStatusCode().value()).isEqualTo(404);

        assertThat(post("/api/tenants/humen/merchants/link", before,
                "{\"username\": \"" + username + "\", \"subjectCode\": \"" + code + "\"}").getStatusCode().value())
                .as("a user of no town is an outsider to 虎门's paths: the same answer as an unknown tenant")
                .isEqualTo(404);
        assertThat(post("/api/tenants/humen/merchants/link", officer,
                "{\"username\": \"" + username + "\", \"subjectCode\": \"" + code + "\"}").getStatusCode().value())
                .isEqualTo(204);

        String after = keycloak.tokenOf(username);
        assertThat(claimsOf(after).path("organization").toString()).contains("humen");
        assertThat(claimsOf(after).path("subject_code").asText()).isEqualTo(code);
        assertThat(get("/api/tenants/humen/subjects?code=" + code, after).getStatusCode().value()).isEqualTo(200);
        // the subject is the city's, but the account is 虎门's: 长安 cannot take it over
        ResponseEntity<String> takeOver = post("/api/tenants/changan/merchants/link", keycloak.tokenOf("changan.officer"),
                "{\"username\": \"" + username + "\", \"subjectCode\": \"" + code + "\"}");
        assertThat(takeOver.getStatusCode().value()).isEqualTo(409);
        assertThat(takeOver.getBody()).contains("belongs to another town or park");
    }

    /** Search follows the two levels: every town finds the city's companies, never through another town's path. */
    @Test
    void searchOverRestFindsTheCitysSubjectsOnlyThroughTheCallersOwnTenant() throws Exception {
        String humen = keycloak.tokenOf("humen.officer");
        String changan = keycloak.tokenOf("changan.officer");
        String marker = Long.toString(System.nanoTime()).substring(6);
        String code = new UsccGenerator(new Random()).next("441900").value();
        assertThat(post("/api/tenants/humen/subjects", humen, """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市虎门镇隔离%s贸易有限公司", "tags": []}"""
                .formatted(code, marker)).getStatusCode().value()).isEqualTo(201);
        // a Chinese part of the name (digits alone would be read as the start of a credit code)
        String namePart = "隔离" + marker;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/tenants/humen/search/subjects?q=" + namePart, humen).getBody()).contains(code));

        // another town's path with the caller's own token: that tenant does not exist for it
        assertThat(get("/api/tenants/humen/search/subjects?q=" + namePart, changan).getStatusCode().value())
                .isEqualTo(404);
        // through its own path 长安 finds 虎门's company: one archive for the city
        ResponseEntity<String> own = get("/api/tenants/changan/search/subjects?q=" + namePart, changan);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).contains(code).contains("/api/tenants/changan/subjects/");
        assertThat(get("/api/tenants/changan/search/subjects?q=" + code, changan).getBody()).contains(marker);
    }

    @Test
    void forgedExpiredWrongAudienceAndWrongRealmTokensAreRefusedWithoutDetail() throws Exception {
        String valid = keycloak.tokenOf("humen.officer");
        assertThat(get("/api/tenants/humen/tasks", valid).getStatusCode().value()).isEqualTo(200);

        // the payload changed to another tenant, Keycloak's signature kept
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"humen\"", "\"changan\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertRefused(get("/api/tenants/changan/tasks", tampered));

        // well-formed, right claims, signed with a key that is not the realm's
        assertRefused(get("/api/tenants/humen/tasks", selfSigned()));

        // a real token of this realm, but for another client: not meant for the API
        assertRefused(get("/api/tenants/humen/tasks",
                keycloak.token(settings.realm(), "admin-cli", null, "humen.officer", RealKeycloak.DEMO_PASSWORD)));

        // a real token of another realm
        assertRefused(get("/api/tenants/humen/tasks",
                keycloak.token("master", "admin-cli", null, settings.adminUsername(), settings.adminPassword())));

        // the same valid token after it expired (the platform clock moved past its lifetime)
        clock.moveTo(Instant.now().plus(Duration.ofHours(2)));
        assertRefused(get("/api/tenants/humen/tasks", valid));

        assertRefused(get("/api/tenants/humen/tasks", null));
    }

    private void assertRefused(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("signature")
                .doesNotContain("expired").doesNotContain("audience");
    }

    private String selfSigned() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("attacker").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer()).audience(settings.apiAudience()).subject("attacker")
                .claim("preferred_username", "humen.officer").claim("organization", List.of("humen"))
                .claim("realm_access", Map.of("roles", List.of("officer")))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private JsonNode claimsOf(String token) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private List<String> caseIdsOf(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        json.readTree(response.getBody()).forEach(task -> ids.add(task.path("caseId").asText()));
        return ids;
    }

    private String taskOf(String caseId, String token) throws Exception {
        for (JsonNode task : json.readTree(get("/api/tenants/humen/tasks?size=200", token).getBody())) {
            if (task.path("caseId").asText().equals(caseId)) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError("no task for " + caseId);
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
    }

    private ResponseEntity<String> post(String path, String token, String body) {
        HttpHeaders headers = headers(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }
}
