package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.identity.RealmUser;
import com.credittown.platform.identity.RealmUsers;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignStep;
import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;

/**
 * What the attacker's-side tests share (one per JVM, built on first use): real Keycloak tokens of every attacker, and
 * the victim's objects, created through the product's own REST API in 虎门 (humen) by its own users: a market entity
 * with a non-public inspection record, a natural person, a case with its open task and an attachment, a district, a
 * process design, a key task with 虎门's progress, a notice the city sent 虎门, a 双公示 import. Every one of them
 * carries {@link #marker}; no answer to an attacker may contain it.
 */
final class AttackFixture {

    static final String VICTIM = "humen";
    static final String ATTACKER = "changan";
    /** A tenant that does not exist: what "not found" answers. */
    static final String NOWHERE = "atlantis";
    /** The administrator of the attacking tenant (no such demo user: created in Keycloak once). */
    static final String ATTACKER_ADMIN = "changan.attackadmin";
    /** Ids that exist nowhere, for the "same answer as not found" controls. */
    static final String NO_CASE = "00000000-0000-0000-0000-000000000000";
    static final long NO_ID = 987_654_321L;

    private static AttackFixture shared;

    final String base;
    final String marker;
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final RealKeycloak keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    long subjectId;
    String subjectCode;
    long inspectionRecordId;
    long personId;
    String personCode;
    String caseId;
    String taskId;
    String attachmentId;
    String districtId;
    String designKey;
    String keyTaskId;
    String noticeId;
    long notificationId = NO_ID;
    long severeProposalId;
    long governanceEntryId;
    long inspectionPlanId;
    long inspectionItemId;
    long objectionId;
    long codeCleanupItemId;
    String importJobId;
    /** A measure of the city's catalogue in use, and 虎门's application of it to the victim subject. */
    String measureId;
    String measureApplicationId;
    /** The humen merchant's own subject (the one it may read). */
    String merchantSubjectCode = "91441900MA4WDEM100";
    /** The design's model (without the marker: what an attacker would send) and its diagram. */
    private DesignModel attackerModel;
    String bpmn;

    private record Token(String value, long fetchedAt) {
    }

    record Answer(int status, String body, String contentType, String location) {

        boolean refused() {
            return status == 401 || status == 403 || status == 404;
        }

        String title() {
            try {
                return new ObjectMapper().readTree(body).path("title").asText("");
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " " + shown;
        }
    }

    private AttackFixture(String base, KeycloakSettings settings) {
        this.base = base;
        this.keycloak = new RealKeycloak(settings);
        this.marker = "靶" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    private AttackFixture(AttackFixture real) {
        this.base = real.base;
        this.keycloak = real.keycloak;
        this.marker = real.marker;
    }

    /**
     * The same fixture with ids of objects that exist nowhere: what "not found" answers, to compare an attack on a
     * real object with.
     */
    AttackFixture ghost() {
        AttackFixture ghost = new AttackFixture(this);
        ghost.subjectId = NO_ID;
        ghost.subjectCode = subjectCode;
        ghost.inspectionRecordId = NO_ID;
        ghost.personId = NO_ID + 1;
        ghost.personCode = residentId(new Random(7));
        ghost.caseId = NO_CASE;
        ghost.taskId = NO_CASE;
        ghost.attachmentId = NO_CASE;
        ghost.districtId = NO_CASE;
        ghost.designKey = "nosuchdesign";
        ghost.keyTaskId = NO_CASE;
        ghost.noticeId = NO_CASE;
        ghost.notificationId = NO_ID;
        ghost.importJobId = String.valueOf(NO_ID);
        ghost.severeProposalId = NO_ID;
        ghost.measureId = NO_CASE;
        ghost.measureApplicationId = NO_CASE;
        ghost.governanceEntryId = NO_ID;
        ghost.inspectionPlanId = NO_ID;
        ghost.inspectionItemId = NO_ID;
        ghost.objectionId = NO_ID;
        ghost.codeCleanupItemId = NO_ID;
        ghost.attackerModel = attackerModel;
        ghost.bpmn = bpmn;
        return ghost;
    }

    static synchronized AttackFixture of(ApplicationContext context, String base) {
        if (shared == null || !shared.base.equals(base)) {
            AttackFixture fixture = new AttackFixture(base, context.getBean(KeycloakSettings.class));
            fixture.create(context);
            shared = fixture;
        }
        return shared;
    }

    // ---------------------------------------------------------------- tokens

    /** A fresh enough access token of a user (tokens live a few minutes; a long run fetches a new one). */
    String token(String username) {
        Token token = tokens.get(username);
        if (token == null || System.currentTimeMillis() - token.fetchedAt() > 120_000) {
            token = new Token(keycloak.tokenOf(username), System.currentTimeMillis());
            tokens.put(username, token);
        }
        return token.value();
    }

    // ---------------------------------------------------------------- HTTP

    Answer call(String method, String path, String bearer, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        request.method(method, publisher);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, String bearer) {
        return call("GET", path, bearer, null, null);
    }

    Answer postJson(String path, String bearer, String body) {
        return call("POST", path, bearer, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    Answer putJson(String path, String bearer, String body) {
        return call("PUT", path, bearer, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    static final String BOUNDARY = "ctAttackBoundary7f3a";

    static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    static byte[] multipart(String fileName, String mediaType, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    byte[] pdf() {
        return ("%PDF-1.4\n% " + marker + " 现场检查照片说明\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Whether an answer shows anything of the victim's objects. */
    boolean leaks(String body) {
        // a search answer names the query it answers: the attacker's own words, not the victim's data
        return body != null && body.replace("\"query\":\"" + marker + "\"", "").contains(marker);
    }

    // ---------------------------------------------------------------- the victim's objects

    private JsonNode ok(Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer).isBetween(200, 299);
        try {
            return answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(what + ": " + answer, e);
        }
    }

    private void create(ApplicationContext context) {
        // the attacking tenant's administrator (the demo data has none for 长安)
        context.getBean(RealmUsers.class).ensure(new RealmUser(ATTACKER_ADMIN, RealKeycloak.DEMO_PASSWORD, "长安",
                "攻击测试管理员", ATTACKER_ADMIN + "@demo.credittown.internal", Optional.of(ATTACKER),
                Set.of("officer", "administrator"), Map.of()));
        String officer = token("humen.officer");
        String admin = token("humen.admin");
        String city = token("city.office");
        String t = "/api/tenants/" + VICTIM;
        Random random = new Random();

        // the archive: a market entity (public as such) with a non-public inspection record, and a natural person
        subjectCode = new UsccGenerator(random).next("441900").value();
        subjectId = ok(postJson(t + "/subjects", officer, """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市虎门镇攻击测试商行", "tags": []}"""
                .formatted(subjectCode)), "register the victim subject").path("id").asLong();
        inspectionRecordId = ok(postJson(t + "/subjects/" + subjectId + "/records", officer, """
                {"kind": "INSPECTION", "department": "虎门市场监管分局", "decisionDate": "%s",
                 "title": "%s 双随机现场检查", "summary": "%s 检查发现台账不全，责令整改。"}"""
                .formatted(LocalDate.now().minusDays(3), marker, marker)), "record an inspection").path("id").asLong();
        personCode = residentId(random);
        personId = ok(postJson(t + "/subjects", officer, """
                {"kind": "NATURAL_PERSON", "code": "%s", "name": "%s张三", "tags": []}"""
                .formatted(personCode, marker)), "register a natural person").path("id").asLong();

        // a case about the subject, its open task, an attachment
        caseId = ok(postJson(t + "/cases", officer, """
                {"processKey": "credit-commitment", "data": {"subjectCode": "%s", "subjectName": "%s商行承诺",
                 "commitmentType": "voluntary", "commitmentText": "%s 承诺守法诚信经营。"}}"""
                .formatted(subjectCode, marker, marker)), "start a case").path("caseId").asText();
        for (JsonNode task : ok(get(t + "/tasks?size=200", officer), "the task list")) {
            if (task.path("caseId").asText().equals(caseId)) {
                taskId = task.path("id").asText();
            }
        }
        assertThat(taskId).as("the victim case's open task").isNotNull();
        attachmentId = ok(call("POST", t + "/cases/" + caseId + "/attachments", officer, multipartType(),
                multipart(marker + "-检查照片.pdf", "application/pdf", pdf())), "attach a file").path("id").asText();

        // a district, a design, a key task with 虎门's progress, a notice from the city, an import
        districtId = ok(postJson(t + "/districts", officer, """
                {"name": "%s诚信商圈", "kind": "MALL", "address": "%s 虎门大道1号", "commitmentText": "诚信经营"}"""
                .formatted(marker, marker)), "create a district").path("id").asText();
        designKey = "atk" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        DesignModel model = new DesignModel(marker + "审批", List.of(
                new FormField("matter", FieldType.TEXT, new LocalizedText("事项", "Matter"), true, null, 200, List.of()),
                new FormField("opinion", FieldType.TEXT, new LocalizedText("意见", "Opinion"), true, null, 200,
                        List.of())),
                List.of("matter"), List.of(DesignStep.approval("review", marker + "科室审核",
                new Assignee(AssigneeKind.ROLE, "officer"), 3, List.of("opinion"))));
        try {
            ok(postJson(t + "/designs", officer, json.writeValueAsString(Map.of("processKey", designKey,
                    "model", model))), "create a design");
            attackerModel = json.readValue(json.writeValueAsString(model).replace(marker, "攻击者"),
                    DesignModel.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Answer diagram = get(t + "/designs/" + designKey + "/bpmn", officer);
        assertThat(diagram.status()).as("the design's diagram").isEqualTo(200);
        bpmn = diagram.body().replace(marker, "攻击者");
        keyTaskId = ok(postJson("/api/city/key-tasks", city, """
                {"title": "攻击测试重点任务", "description": "逐条核对双公示数据。", "basis": "东府办〔2024〕6号",
                 "ownerUnit": "市发展改革局", "deadline": "%s", "tenants": ["%s", "%s"]}"""
                .formatted(LocalDate.now().plusMonths(2), VICTIM, ATTACKER)), "assign a key task").path("id").asText();
        JsonNode copy = ok(get(t + "/key-tasks/" + keyTaskId, officer), "虎门's copy");
        ok(putJson(t + "/key-tasks/" + keyTaskId, officer, """
                {"ownerPerson": "%s李四", "status": "IN_PROGRESS", "progressNote": "%s 已核对一半", "version": %d}"""
                .formatted(marker, marker, copy.path("version").asLong())), "虎门's progress");
        noticeId = ok(postJson("/api/city/supervision", city, """
                {"tenant": "%s", "kind": "SUPERVISION", "title": "%s 督办", "text": "%s 请于期限内报送整改情况。",
                 "workingDays": 5}""".formatted(VICTIM, marker, marker)), "send a notice").path("id").asText();
        for (JsonNode notification : ok(get(t + "/notifications", officer), "虎门's notifications")) {
            notificationId = notification.path("id").asLong();
            break;
        }
        String csv = "行政相对人名称,统一社会信用代码,行政处罚决定书文号,违法行为类型\n" + marker + "导入商行,"
                + subjectCode + ",虎市监罚〔2026〕1号,无照经营\n";
        Answer imported = call("POST", t + "/imports/double-publicity", admin, multipartType(),
                multipart(marker + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        importJobId = imported.status() / 100 == 2 ? ok(imported, "import").path("id").asText() : String.valueOf(NO_ID);

        // a credit measure of the city's catalogue (drafted, reviewed by another officer of the city office, in use)
        // and 虎门's application of it to the victim subject; the matter is 虎门's own and carries the marker
        measureId = ok(postJson("/api/city/credit-measures", city, """
                {"kind": "INCENTIVE", "name": "攻击测试措施%s", "content": "对守信主体提供便利",
                 "legalBasis": "东府办〔2024〕6号（十一）", "grades": ["A", "B", "C", "D"], "honoursQualify": false}"""
                .formatted(marker)), "draft a measure").path("id").asText();
        ok(postJson("/api/city/credit-measures/" + measureId + "/review", token("city.reviewer"),
                "{\"opinion\": \"审查通过\"}"), "review the measure");
        ok(postJson("/api/city/credit-measures/" + measureId + "/in-use", city, "{}"), "put the measure in use");
        measureApplicationId = ok(postJson(t + "/credit-measures/applications", officer, """
                {"measureId": "%s", "subjectCode": "%s", "matter": "%s 食品经营许可容缺受理"}"""
                .formatted(measureId, subjectCode, marker)), "apply the measure").path("id").asText();
        // an objection (异议申诉) raised by 虎门's officer on the subject's behalf against a general record 虎门 made: the
        // record is public credit information until the objection suspends it (no marker); the reasons carry it
        long objectedRecordId = ok(postJson(t + "/subjects/" + subjectId + "/records", officer, """
                {"kind": "DISHONESTY", "severity": "GENERAL", "department": "虎门市场监督管理分局",
                 "decisionDate": "%s", "legalBasis": "《企业信息公示暂行条例》第八条", "title": "未按期公示年度报告"}"""
                .formatted(LocalDate.now().minusDays(2))), "record a general dishonesty (public: no marker)")
                .path("id").asLong();
        objectionId = ok(postJson(t + "/objections", officer, """
                {"recordId": %d, "reasons": "%s 年度报告已按期公示，记录有误"}""".formatted(objectedRecordId, marker)),
                "raise an objection").path("id").asLong();

        // a severe-dishonesty-list proposal on a severe record 虎门 made, its notice served (last: the record grades
        // the subject D, which the earlier fixtures must not meet). The severe record is public credit information
        // (every town reads it), so it carries no marker; the undecided proposal's grounds are 虎门's own and do.
        long severeRecordId = ok(postJson(t + "/subjects/" + subjectId + "/records", officer, """
                {"kind": "DISHONESTY", "severity": "SEVERE", "department": "虎门人力资源和社会保障分局",
                 "decisionDate": "%s", "legalBasis": "《保障农民工工资支付条例》第四十八条", "title": "拖欠农民工工资"}"""
                .formatted(LocalDate.now().minusDays(2))), "record a severe dishonesty (public: no marker)").path("id").asLong();
        severeProposalId = ok(postJson(t + "/severe-list/proposals", officer, """
                {"subjectId": %d, "recordIds": [%d], "department": "虎门人力资源和社会保障分局",
                 "grounds": "%s 拖欠农民工工资数额巨大，经责令限期支付仍不支付",
                 "legalBasis": "《社会保险领域严重失信主体名单管理办法》"}"""
                .formatted(subjectId, severeRecordId, marker)), "propose for the severe list").path("id").asLong();
        ok(postJson(t + "/severe-list/proposals/" + severeProposalId + "/notice", officer, "{}"),
                "serve the severe-list notice");

        // the severe record puts the subject on 虎门's governance ledger; a graded inspection plan named with the marker
        for (JsonNode entry : ok(postJson(t + "/governance-ledger/refresh", officer, "{}"),
                "refresh the governance ledger")) {
            if (entry.path("subjectId").asLong() == subjectId) {
                governanceEntryId = entry.path("id").asLong();
            }
        }
        JsonNode plan = ok(postJson(t + "/inspection-plans", officer, """
                {"title": "%s 双随机抽查计划", "periodFrom": "2026-01-01", "periodTo": "2026-03-31", "seed": 7}"""
                .formatted(marker)), "draw an inspection plan");
        inspectionPlanId = plan.path("id").asLong();
        inspectionItemId = plan.path("items").path(0).path("id").asLong();

        // a registration refused for its code (the marker typed into it): an item of 虎门's code clean-up report
        String wrongCode = "91441900" + marker;
        assertThat(postJson(t + "/subjects", officer, """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市虎门镇错码测试商行", "tags": []}"""
                .formatted(wrongCode)).status()).as("a registration with a wrong code").isEqualTo(400);
        for (JsonNode item : ok(get(t + "/code-cleanup?kind=WRONG_CODE", officer), "the code clean-up report")) {
            for (JsonNode finding : item.path("findings")) {
                if (finding.path("value").asText().equals(wrongCode)) {
                    codeCleanupItemId = item.path("id").asLong();
                }
            }
        }
        assertThat(codeCleanupItemId).as("the victim's clean-up item").isPositive();
    }

    /** A design's model as an attacker would send it. */
    String designModelJson() {
        try {
            return json.writeValueAsString(attackerModel);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new design as an attacker would create it. */
    String designJson(String processKey) {
        try {
            return json.writeValueAsString(Map.of("processKey", processKey, "model", attackerModel));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String residentId(Random random) {
        String body = "441900" + "1985" + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
