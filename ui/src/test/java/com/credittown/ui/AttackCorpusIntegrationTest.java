package com.credittown.ui;

import static com.credittown.ui.AttackFixture.ATTACKER;
import static com.credittown.ui.AttackFixture.ATTACKER_ADMIN;
import static com.credittown.ui.AttackFixture.NOWHERE;
import static com.credittown.ui.AttackFixture.VICTIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.AttackFixture.Answer;
import com.credittown.ui.TenantEndpointRecipes.Audience;
import com.credittown.ui.TenantEndpointRecipes.Recipe;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * The attack corpus (issue #13 item 2): cross-tenant and privilege attempts on 虎门's real objects (created by its
 * own users through REST, {@link AttackFixture}) across REST, Vaadin pages, search, exports, attachments, reports,
 * designs, templates, key tasks and the public endpoints. Each attempt is a test of its own (the surefire report lists
 * them by name); the run ends with one line {@code [attack-corpus] attempts=… refused=… leaks=…}.
 *
 * <ul>
 *   <li><b>another tenant's ids</b>: 长安's users on their own tenant's path with 虎门's ids (cases, tasks,
 *       attachments, designs, districts, notices, imports, records, natural persons, ...): refused exactly like an id
 *       that exists nowhere; where the city-wide archive is legitimately shared, answered without 虎门's non-public
 *       entries;</li>
 *   <li><b>token swaps</b>: 长安's tokens on 虎门's path: the same answer as a tenant that does not exist;</li>
 *   <li><b>a merchant on officer actions</b>, <b>officers and merchants on city actions</b> (REST and pages);</li>
 *   <li><b>bad tokens</b>: a changed payload (signature no longer matches), a key that is not the realm's, {@code
 *       alg: none}, an expired token, garbage: 401 without detail;</li>
 *   <li><b>the public side</b> and <b>pages</b> with another tenant's ids.</li>
 * </ul>
 * "Leak" means any answer containing the victim's marker; "refused" means the attempt got the refusal it must.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackCorpusIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    WebApplicationContext context;
    @Autowired
    KeycloakSettings settings;
    @Autowired
    PlatformClock clock;

    private AttackFixture fixture;
    private AttackFixture ghost;
    private final Map<String, PageSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger leaks = new AtomicInteger();

    /**
     * Operations on the city-wide archive that another tenant legitimately reads through its own path (the subject is
     * the city's): they must answer without the victim's non-public entries, not refuse.
     */
    private static final Set<String> SHARED_READS = Set.of(
            "GET /api/tenants/{tenant}/subjects/{id}/archive",
            "GET /api/tenants/{tenant}/subjects/{id}/credit-report",
            // the key task is assigned to both towns: each reads its own copy under the city's id
            "GET /api/tenants/{tenant}/key-tasks/{keyTaskId}",
            "GET /api/tenants/{tenant}/key-tasks/{keyTaskId}/history",
            // the city's catalogue of measures on a city-wide subject: any town may check whether it qualifies
            "GET /api/tenants/{tenant}/credit-measures/{id}/qualification");
    /** Legitimate for any tenant on a city subject (record its own information, register the same code again). */
    private static final Set<String> SHARED_WRITES = Set.of(
            "POST /api/tenants/{tenant}/subjects",
            "POST /api/tenants/{tenant}/subjects/{id}/records",
            "PUT /api/tenants/{tenant}/key-tasks/{keyTaskId}",
            // any town applies a measure of the city's catalogue to a city-wide subject, as its own application
            "POST /api/tenants/{tenant}/credit-measures/applications");

    /**
     * A legitimate report on a shared subject where the machine lacks the report's CJK font (the installation's
     * problem, answered 503 by design): the attempt is still checked for leaks.
     */
    private static final String REPORT_FONT_MISSING = "Credit reports unavailable";

    /** How an attempt must be answered. */
    enum Expect {
        /** 401/403/404 and the same status and problem as the same request on something that exists nowhere. */
        LIKE_NOT_FOUND,
        /** 403 or 404 (existence is no secret: the caller's own tenant, the city's endpoints). */
        REFUSED,
        /** 401 (no valid token). */
        UNAUTHENTICATED,
        /** Any 4xx (a refusal naming the rule, e.g. 409 for another town's merchant account). */
        CLIENT_ERROR,
        /** A legitimate shared read: any answer below 500, as long as nothing of the victim's shows. */
        NO_LEAK
    }

    @BeforeAll
    void createTheVictimsObjects() {
        fixture = AttackFixture.of(context, http.getRootUri());
        ghost = fixture.ghost();
    }

    @AfterAll
    void summary() {
        clock.reset();
        System.out.printf("[attack-corpus] attempts=%d refused=%d leaks=%d%n", attempts.get(), refused.get(),
                leaks.get());
    }

    @TestFactory
    Stream<DynamicNode> attacks() {
        List<DynamicNode> groups = new ArrayList<>();
        groups.add(DynamicContainer.dynamicContainer("another tenant's ids", anotherTenantsIds()));
        groups.add(DynamicContainer.dynamicContainer("token swaps", tokenSwaps()));
        groups.add(DynamicContainer.dynamicContainer("a merchant on officer actions", merchantOnOfficerActions()));
        groups.add(DynamicContainer.dynamicContainer("officers and merchants on city actions", cityActions()));
        groups.add(DynamicContainer.dynamicContainer("forged, expired and garbage tokens", badTokens()));
        groups.add(DynamicContainer.dynamicContainer("public endpoints", publicSide()));
        groups.add(DynamicContainer.dynamicContainer("pages", pages()));
        return groups.stream();
    }

    // ------------------------------------------------------------------ REST: another tenant's ids

    private Stream<DynamicTest> anotherTenantsIds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Recipe recipe : TenantEndpointRecipes.all()) {
            if (SHARED_WRITES.contains(recipe.key()) || !namesAVictimsObject(recipe)) {
                continue;
            }
            Expect expect = SHARED_READS.contains(recipe.key()) ? Expect.NO_LEAK
                    : recipe.key().endsWith("/merchants/link") ? Expect.CLIENT_ERROR : Expect.LIKE_NOT_FOUND;
            List<String> users = recipe.audience() == Audience.MERCHANT ? List.of(ATTACKER + ".merchant")
                    : List.of(ATTACKER + ".officer", ATTACKER_ADMIN);
            for (String user : users) {
                tests.add(rest(recipe.method() + " " + recipe.pathFor(fixture, ATTACKER) + " (虎门's ids) as " + user,
                        expect, user, recipe, ATTACKER, ATTACKER));
            }
        }
        // the victim's reviewer, removed through the attacker's own settings
        tests.add(test("DELETE /api/tenants/changan/settings/reviewers/humen.tax as " + ATTACKER_ADMIN,
                Expect.LIKE_NOT_FOUND, () -> fixture.call("DELETE", "/api/tenants/changan/settings/reviewers/humen.tax",
                        fixture.token(ATTACKER_ADMIN), null, null),
                () -> fixture.call("DELETE", "/api/tenants/changan/settings/reviewers/nosuch.reviewer",
                        fixture.token(ATTACKER_ADMIN), null, null)));
        // search: the natural person and the non-public record by name, code and marker
        for (String user : List.of(ATTACKER + ".officer", ATTACKER_ADMIN)) {
            for (String q : List.of(fixture.marker, fixture.personCode, fixture.subjectCode)) {
                for (String group : List.of("", "/subjects", "/records", "/cases")) {
                    String path = "/api/tenants/changan/search" + group + "?q=" + q;
                    tests.add(test("search GET " + path + " as " + user, Expect.NO_LEAK,
                            () -> fixture.get(path, fixture.token(user)), null));
                }
            }
        }
        return tests.stream();
    }

    private boolean namesAVictimsObject(Recipe recipe) {
        return !recipe.pathFor(fixture, ATTACKER).equals(recipe.pathFor(ghost, ATTACKER))
                || !Arrays.equals(recipe.bodyFor(fixture), recipe.bodyFor(ghost));
    }

    // ------------------------------------------------------------------ REST: token swaps, merchants

    private Stream<DynamicTest> tokenSwaps() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Recipe recipe : TenantEndpointRecipes.all()) {
            String user = recipe.audience() == Audience.MERCHANT ? ATTACKER + ".merchant"
                    : recipe.method().equals("GET") ? ATTACKER + ".officer" : ATTACKER_ADMIN;
            tests.add(rest(recipe.method() + " " + recipe.pathFor(fixture, VICTIM) + " with " + user + "'s token",
                    Expect.LIKE_NOT_FOUND, user, recipe, VICTIM, NOWHERE));
        }
        return tests.stream();
    }

    private Stream<DynamicTest> merchantOnOfficerActions() {
        List<DynamicTest> tests = new ArrayList<>();
        String merchant = VICTIM + ".merchant";
        for (Recipe recipe : TenantEndpointRecipes.all()) {
            if (recipe.audience() == Audience.STAFF) {
                tests.add(test(recipe.method() + " " + recipe.pathFor(fixture, VICTIM) + " as " + merchant,
                        Expect.REFUSED, () -> call(recipe, fixture, VICTIM, fixture.token(merchant)), null));
            }
        }
        // its own portal with another subject's case, task, record and a district by id
        for (String path : List.of("/my/cases/" + fixture.caseId, "/my/tasks/" + fixture.taskId)) {
            tests.add(test("GET /api/tenants/humen" + path + " (another subject's) as " + merchant,
                    Expect.LIKE_NOT_FOUND, () -> fixture.get("/api/tenants/humen" + path, fixture.token(merchant)),
                    () -> fixture.get("/api/tenants/humen" + path.replaceAll("/[^/]+$", "/" + AttackFixture.NO_CASE),
                            fixture.token(merchant))));
        }
        tests.add(test("POST /api/tenants/humen/my/repair-applications (another subject's record) as " + merchant,
                Expect.LIKE_NOT_FOUND, () -> fixture.postJson("/api/tenants/humen/my/repair-applications",
                        fixture.token(merchant), repair(fixture.inspectionRecordId)),
                () -> fixture.postJson("/api/tenants/humen/my/repair-applications", fixture.token(merchant),
                        repair(AttackFixture.NO_ID))));
        tests.add(test("GET /api/tenants/humen/my/archive as " + merchant + " (its own, nothing of the victim's)",
                Expect.NO_LEAK, () -> fixture.get("/api/tenants/humen/my/archive", fixture.token(merchant)), null));
        return tests.stream();
    }

    private static String repair(long recordId) {
        return "{\"recordIds\": [" + recordId + "], \"obligationsFulfilled\": true, \"repairCommitmentSigned\": true,"
                + " \"statement\": \"申请修复\"}";
    }

    // ------------------------------------------------------------------ REST: the city's actions

    private Stream<DynamicTest> cityActions() {
        List<DynamicTest> tests = new ArrayList<>();
        String keyTask = fixture.keyTaskId;
        List<String[]> actions = List.of(
                new String[] {"GET", "/api/city/audit/chains", null},
                new String[] {"GET", "/api/city/supervision", null},
                new String[] {"GET", "/api/city/supervision?tenant=humen", null},
                new String[] {"GET", "/api/city/supervision/humen/" + fixture.noticeId, null},
                new String[] {"POST", "/api/city/supervision", "{\"tenant\": \"humen\", \"kind\": \"NOTICE\","
                        + " \"title\": \"伪造的督办\", \"text\": \"伪造\", \"workingDays\": 5}"},
                new String[] {"GET", "/api/city/ledgers?period=2026", null},
                new String[] {"GET", "/api/city/ledgers.xlsx?period=2026", null},
                new String[] {"GET", "/api/city/key-tasks", null},
                new String[] {"GET", "/api/city/key-tasks/" + keyTask, null},
                new String[] {"GET", "/api/city/key-tasks/" + keyTask + "/tenants/humen/history", null},
                new String[] {"GET", "/api/city/key-tasks.xlsx", null},
                new String[] {"POST", "/api/city/key-tasks", "{\"title\": \"伪造的重点任务\", \"description\": \"伪造\","
                        + " \"basis\": \"无\", \"ownerUnit\": \"无\", \"deadline\": \"2027-03-01\","
                        + " \"tenants\": [\"humen\"]}"},
                new String[] {"GET", "/api/city/overdue", null},
                new String[] {"GET", "/api/city/overdue/humen", null},
                new String[] {"PUT", "/api/calendar/years/2027", "{\"holidays\": [], \"workdays\": []}"},
                new String[] {"GET", "/api/city/severe-list", null},
                new String[] {"POST", "/api/city/severe-list/" + fixture.severeProposalId + "/decision",
                        "{\"include\": true, \"listedUntil\": \"2027-12-31\", \"reason\": \"伪造的决定\"}"},
                new String[] {"POST", "/api/city/severe-list/" + fixture.severeProposalId + "/removal",
                        "{\"reason\": \"DECISION_REVOKED\", \"note\": \"伪造的移出\"}"},
                new String[] {"GET", "/api/city/governance-ledger", null},
                new String[] {"GET", "/api/city/governance-ledger/entries?tenant=humen", null},
                new String[] {"GET", "/api/city/inspection-plans?tenant=humen", null},
                new String[] {"GET", "/api/city/objections", null},
                new String[] {"GET", "/api/city/code-cleanup", null},
                new String[] {"GET", "/api/city/code-cleanup?tenant=humen", null},
                new String[] {"GET", "/api/city/code-cleanup/figures", null},
                new String[] {"GET", "/api/city/code-cleanup.xlsx", null},
                new String[] {"GET", "/api/city/code-cleanup/" + fixture.codeCleanupItemId, null},
                new String[] {"POST", "/api/city/code-cleanup/" + fixture.codeCleanupItemId + "/work",
                        "{\"outcome\": \"CONFIRMED\", \"note\": \"伪造的处理\"}"},
                new String[] {"POST", "/api/city/code-cleanup/detect", null},
                new String[] {"GET", "/api/search?q=" + fixture.marker, null});
        for (String user : List.of(VICTIM + ".officer", VICTIM + ".admin", VICTIM + ".merchant",
                ATTACKER + ".officer")) {
            for (String[] action : actions) {
                boolean search = action[1].startsWith("/api/search");
                if (search && user.startsWith(VICTIM + ".") && !user.endsWith(".merchant")) {
                    continue; // 虎门's own staff find 虎门's own entries: no attack
                }
                tests.add(test(action[0] + " " + action[1] + " as " + user, search ? Expect.NO_LEAK : Expect.REFUSED,
                        () -> fixture.call(action[0], action[1], fixture.token(user),
                                action[2] == null ? null : "application/json",
                                action[2] == null ? null : action[2].getBytes(StandardCharsets.UTF_8)), null));
            }
        }
        return tests.stream();
    }

    // ------------------------------------------------------------------ bad tokens

    private Stream<DynamicTest> badTokens() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Supplier<String>> tokens = new java.util.LinkedHashMap<>();
        tokens.put("a changan token with its tenant changed to humen (signature kept)",
                () -> tampered(fixture.token(ATTACKER + ".officer")));
        tokens.put("a humen token with the city office's role added (signature kept)",
                () -> withRole(fixture.token(VICTIM + ".officer")));
        tokens.put("a token signed by the attacker's own key", this::selfSigned);
        tokens.put("an unsigned token (alg none)", this::unsigned);
        tokens.put("garbage", () -> "not-a-token");
        tokens.put("an empty bearer", () -> "");
        List<String> targets = List.of("/api/tenants/humen/cases/" + fixture.caseId,
                "/api/tenants/humen/cases/" + fixture.caseId + "/attachments/" + fixture.attachmentId,
                "/api/tenants/humen/subjects/" + fixture.personId,
                "/api/tenants/humen/designs/" + fixture.designKey + "/bpmn",
                "/api/tenants/humen/key-tasks/" + fixture.keyTaskId,
                "/api/tenants/humen/supervision/" + fixture.noticeId,
                "/api/city/ledgers.xlsx",
                "/api/city/audit/chains");
        tokens.forEach((kind, token) -> {
            for (String target : targets) {
                tests.add(test("GET " + target + " with " + kind, Expect.UNAUTHENTICATED,
                        () -> fixture.get(target, token.get()), null));
            }
        });
        for (String target : targets) {
            tests.add(test("GET " + target + " with an expired humen.admin token", Expect.UNAUTHENTICATED, () -> {
                String valid = fixture.token(VICTIM + ".admin");
                clock.moveTo(Instant.now().plus(Duration.ofHours(2)));
                try {
                    return fixture.get(target, valid);
                } finally {
                    clock.reset();
                }
            }, null));
        }
        return tests.stream();
    }

    private String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + ATTACKER + "\"", "\"" + VICTIM + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private String withRole(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"roles\":[", "\"roles\":[\"city-office\",");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().issuer(settings.issuer()).audience(settings.apiAudience())
                .subject("attacker").claim("preferred_username", "humen.admin")
                .claim("organization", List.of(VICTIM))
                .claim("realm_access", Map.of("roles", List.of("officer", "administrator", "city-office")))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
    }

    private String selfSigned() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("attacker").generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
                    .type(JOSEObjectType.JWT).build(), claims());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String unsigned() {
        return new com.nimbusds.jwt.PlainJWT(claims()).serialize();
    }

    // ------------------------------------------------------------------ the public side

    private Stream<DynamicTest> publicSide() {
        List<DynamicTest> tests = new ArrayList<>();
        String objection = "{\"name\": \"匿名\", \"contact\": \"13800000000\", \"text\": \"我有异议，请核实该商户情况。\"}";
        tests.add(test("POST an objection to humen's ordinary case (no star notice) without a login",
                Expect.LIKE_NOT_FOUND,
                () -> fixture.postJson("/api/public/tenants/humen/notices/stars/" + fixture.caseId + "/objections",
                        null, objection),
                () -> fixture.postJson("/api/public/tenants/humen/notices/stars/" + AttackFixture.NO_CASE
                        + "/objections", null, objection)));
        tests.add(test("POST an objection to humen's case through changan's public path", Expect.LIKE_NOT_FOUND,
                () -> fixture.postJson("/api/public/tenants/changan/notices/stars/" + fixture.caseId + "/objections",
                        null, objection),
                () -> fixture.postJson("/api/public/tenants/changan/notices/stars/" + AttackFixture.NO_CASE
                        + "/objections", null, objection)));
        for (String path : List.of("/api/public/tenants", "/api/public/tenants/humen/notices",
                "/api/public/tenants/changan/notices", "/api/public/reports/" + fixture.subjectCode,
                "/api/public/reports/" + fixture.personCode)) {
            tests.add(test("GET " + path + " without a login", Expect.NO_LEAK, () -> fixture.get(path, null), null));
        }
        tests.add(test("GET /api/public/tenants/atlantis/notices without a login", Expect.REFUSED,
                () -> fixture.get("/api/public/tenants/atlantis/notices", null), null));
        for (String path : List.of("/api/tenants/humen/cases/" + fixture.caseId,
                "/api/tenants/humen/cases/" + fixture.caseId + "/attachments/" + fixture.attachmentId,
                "/api/tenants/humen/subjects/" + fixture.personId + "/archive",
                "/api/tenants/humen/imports/" + fixture.importJobId + "/errors",
                "/api/city/key-tasks.xlsx", "/api/search?q=" + fixture.marker, "/api/search/status")) {
            tests.add(test("GET " + path + " without a login", Expect.UNAUTHENTICATED, () -> fixture.get(path, null),
                    null));
        }
        return tests.stream();
    }

    // ------------------------------------------------------------------ pages

    private Stream<DynamicTest> pages() {
        List<DynamicTest> tests = new ArrayList<>();
        // another tenant's ids through the attacker's own tenant's pages
        for (String user : List.of(ATTACKER + ".officer", ATTACKER_ADMIN)) {
            for (String[] page : List.of(
                    new String[] {"tenants/changan/cases/" + fixture.caseId, "tenants/changan/cases/" + AttackFixture.NO_CASE},
                    new String[] {"tenants/changan/designer/" + fixture.designKey, "tenants/changan/designer/nosuchdesign"},
                    new String[] {"tenants/changan/subjects/" + fixture.personId,
                            "tenants/changan/subjects/" + AttackFixture.NO_ID})) {
                tests.add(page(page[0] + " (humen's id) as " + user, user, page[0], Expect.NO_LEAK));
            }
            tests.add(page("tenants/changan/subjects/" + fixture.subjectId + " (humen's non-public record) as " + user,
                    user, "tenants/changan/subjects/" + fixture.subjectId, Expect.NO_LEAK));
            tests.add(page("tenants/changan/search?q=" + fixture.marker + " as " + user, user,
                    "tenants/changan/search?q=" + fixture.marker, Expect.NO_LEAK));
            tests.add(page("tenants/changan/search?q=" + fixture.personCode + " as " + user, user,
                    "tenants/changan/search?q=" + fixture.personCode, Expect.NO_LEAK));
        }
        // officers and merchants on the city's pages
        for (String user : List.of(VICTIM + ".officer", VICTIM + ".admin", VICTIM + ".merchant")) {
            for (String page : List.of("city/dashboard", "city/supervision", "city/audit", "city/key-tasks",
                    "city/tenants/humen", "city/tenants/humen/overdue")) {
                tests.add(page(page + " as " + user, user, page, Expect.REFUSED));
            }
        }
        // the public pages of a tenant show nothing of its cases or private entries
        tests.add(test("GET public/tenants/humen without a login", Expect.NO_LEAK, () -> {
            PageSession.Rendering page = PageSession.anonymous(fixture.base).page("public/tenants/humen");
            return new Answer(page.status(), page.body(), "", page.location());
        }, null));
        return tests.stream();
    }

    private DynamicTest page(String name, String user, String path, Expect expect) {
        return DynamicTest.dynamicTest("[page] " + name, () -> {
            PageSession session = sessions.computeIfAbsent(user, u -> PageSession.logIn(fixture.base, u));
            PageSession.Rendering rendering = session.open(path);
            boolean leaked = fixture.leaks(rendering.body());
            boolean ok = !leaked && rendering.status() < 500 && (expect == Expect.NO_LEAK || rendering.notFound());
            count(ok, leaked);
            assertThat(leaked).as("the page shows the victim's data: " + rendering).isFalse();
            assertThat(rendering.status()).as("no 5xx: " + rendering).isLessThan(500);
            if (expect != Expect.NO_LEAK) {
                assertThat(rendering.notFound()).as("answered like a page that does not exist: " + rendering).isTrue();
            }
        });
    }

    // ------------------------------------------------------------------ the attempts' machinery

    private DynamicTest rest(String name, Expect expect, String user, Recipe recipe, String tenant,
                             String controlTenant) {
        return test(name, expect, () -> call(recipe, fixture, tenant, fixture.token(user)),
                () -> call(recipe, controlTenant.equals(tenant) ? ghost : fixture, controlTenant, fixture.token(user)));
    }

    private static Answer call(Recipe recipe, AttackFixture values, String tenant, String token) {
        return values.call(recipe.method(), recipe.pathFor(values, tenant), token, recipe.contentType(),
                recipe.bodyFor(values));
    }

    /**
     * One attempt: {@code attack} is what the attacker does; {@code control} (where the answer must be "not found")
     * the same request on something that exists nowhere.
     */
    private DynamicTest test(String name, Expect expect, Supplier<Answer> attack, Supplier<Answer> control) {
        return DynamicTest.dynamicTest(name, () -> {
            Answer answer = attack.get();
            boolean leaked = fixture.leaks(answer.body());
            boolean ok = !leaked && (answer.status() < 500 || answer.title().equals(REPORT_FONT_MISSING))
                    && switch (expect) {
                case LIKE_NOT_FOUND, REFUSED -> answer.refused() && answer.status() != 401;
                case UNAUTHENTICATED -> answer.status() == 401;
                case CLIENT_ERROR -> answer.status() >= 400;
                case NO_LEAK -> true;
            };
            count(ok, leaked);
            assertThat(leaked).as("the answer shows the victim's data: " + answer).isFalse();
            if (!(expect == Expect.NO_LEAK && answer.title().equals(REPORT_FONT_MISSING))) {
                assertThat(answer.status()).as("no 5xx: " + answer).isLessThan(500);
            }
            switch (expect) {
                case LIKE_NOT_FOUND -> {
                    assertThat(answer.status()).as("refused: " + answer).isIn(403, 404);
                    Answer nowhere = control.get();
                    assertThat(answer.status()).as("the same answer as for what exists nowhere: " + answer + " vs "
                            + nowhere).isEqualTo(nowhere.status());
                    assertThat(answer.title()).as("the same problem as for what exists nowhere: " + answer + " vs "
                            + nowhere).isEqualTo(nowhere.title());
                }
                case REFUSED -> assertThat(answer.status()).as("refused: " + answer).isIn(403, 404);
                case UNAUTHENTICATED -> {
                    assertThat(answer.status()).as("no valid token: " + answer).isEqualTo(401);
                    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("signature")
                            .doesNotContain("expired");
                }
                case CLIENT_ERROR -> assertThat(answer.status()).as("refused: " + answer).isBetween(400, 499);
                case NO_LEAK -> {
                }
            }
        });
    }

    private void count(boolean wasRefused, boolean leaked) {
        attempts.incrementAndGet();
        if (wasRefused) {
            refused.incrementAndGet();
        }
        if (leaked) {
            leaks.incrementAndGet();
        }
    }
}
