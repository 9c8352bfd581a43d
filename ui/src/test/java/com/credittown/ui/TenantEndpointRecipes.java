package com.credittown.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one table of how to call every {@code /api/tenants/{tenant}/**} operation of the OpenAPI document: the values of
 * its path variables (the victim's real objects, {@link AttackFixture}), a valid body (so that a refusal can only be
 * the access rule's, never a validation error), and who legitimately uses it. {@code TenantSurfaceEnumerationIntegrationTest}
 * asserts this table and the OpenAPI document list exactly the same operations: a new endpoint without a recipe here
 * fails the build.
 */
final class TenantEndpointRecipes {

    /** Who uses an operation in its own tenant. */
    enum Audience {
        /** Officers, reviewers, administrators, the city office: a merchant of the same tenant is an attacker. */
        STAFF,
        /**
         * Also the tenant's own merchants (the portal, notifications, districts, templates): the merchant attacker is
         * another tenant's merchant.
         */
        MERCHANT
    }

    record Recipe(String method, String template, Audience audience, Function<AttackFixture, String> path,
                  String contentType, Function<AttackFixture, byte[]> body) {

        /** As the OpenAPI document names it: {@code GET /api/tenants/{tenant}/cases/{caseId}}. */
        String key() {
            return method + " " + template;
        }

        /** The concrete path for a tenant (the victim's objects' ids, whatever tenant the path names). */
        String pathFor(AttackFixture fixture, String tenant) {
            return path.apply(fixture).replace("{tenant}", tenant);
        }

        byte[] bodyFor(AttackFixture fixture) {
            return body == null ? null : body.apply(fixture);
        }
    }

    /** How to open a {@code tenants/:tenant/**} page of Vaadin's route registry (no leading slash). */
    record RouteRecipe(String template, Audience audience, Function<AttackFixture, String> path,
                       String merchantForwardedTo) {

        RouteRecipe(String template, Audience audience, Function<AttackFixture, String> path) {
            this(template, audience, path, null);
        }

        String pathFor(AttackFixture fixture, String tenant) {
            return path.apply(fixture).replace("{tenant}", tenant);
        }
    }

    private static final List<RouteRecipe> ROUTES = List.of(
            // the tenant's own merchant is forwarded to its portal (it has no inbox there): no refusal, no inbox
            new RouteRecipe("tenants/:tenant/tasks", Audience.STAFF, f -> "tenants/{tenant}/tasks",
                    "tenants/{tenant}/merchant"),
            new RouteRecipe("tenants/:tenant/cases/:caseId", Audience.STAFF, f -> "tenants/{tenant}/cases/" + f.caseId),
            new RouteRecipe("tenants/:tenant/subjects/:id", Audience.STAFF,
                    f -> "tenants/{tenant}/subjects/" + f.subjectId),
            new RouteRecipe("tenants/:tenant/search", Audience.STAFF, f -> "tenants/{tenant}/search?q=" + f.marker),
            new RouteRecipe("tenants/:tenant/designer", Audience.STAFF, f -> "tenants/{tenant}/designer"),
            new RouteRecipe("tenants/:tenant/designer/:process", Audience.STAFF,
                    f -> "tenants/{tenant}/designer/" + f.designKey),
            new RouteRecipe("tenants/:tenant/designer/templates/:process", Audience.STAFF,
                    f -> "tenants/{tenant}/designer/templates/integrity-star"),
            new RouteRecipe("tenants/:tenant/settings", Audience.STAFF, f -> "tenants/{tenant}/settings"),
            new RouteRecipe("tenants/:tenant/audit", Audience.STAFF, f -> "tenants/{tenant}/audit"),
            new RouteRecipe("tenants/:tenant/key-tasks", Audience.STAFF, f -> "tenants/{tenant}/key-tasks"),
            new RouteRecipe("tenants/:tenant/imports", Audience.STAFF, f -> "tenants/{tenant}/imports"),
            new RouteRecipe("tenants/:tenant/merchant", Audience.MERCHANT, f -> "tenants/{tenant}/merchant"),
            new RouteRecipe("tenants/:tenant/merchant/cases", Audience.MERCHANT, f -> "tenants/{tenant}/merchant/cases"),
            new RouteRecipe("tenants/:tenant/merchant/district", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/district"),
            new RouteRecipe("tenants/:tenant/merchant/repair", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/repair"),
            new RouteRecipe("tenants/:tenant/merchant/commitment", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/commitment"),
            new RouteRecipe("tenants/:tenant/merchant/severe-list", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/severe-list"),
            new RouteRecipe("tenants/:tenant/merchant/notifications", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/notifications"),
            new RouteRecipe("tenants/:tenant/severe-list", Audience.STAFF, f -> "tenants/{tenant}/severe-list"),
            new RouteRecipe("tenants/:tenant/credit-measures", Audience.STAFF, f -> "tenants/{tenant}/credit-measures"),
            new RouteRecipe("tenants/:tenant/governance-ledger", Audience.STAFF,
                    f -> "tenants/{tenant}/governance-ledger"),
            new RouteRecipe("tenants/:tenant/inspection-plans", Audience.STAFF,
                    f -> "tenants/{tenant}/inspection-plans"),
            new RouteRecipe("tenants/:tenant/sampling-ratios", Audience.STAFF,
                    f -> "tenants/{tenant}/sampling-ratios"),
            new RouteRecipe("tenants/:tenant/objections", Audience.STAFF, f -> "tenants/{tenant}/objections"),
            new RouteRecipe("tenants/:tenant/merchant/objections", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/objections"),
            new RouteRecipe("tenants/:tenant/merchant/repair-notices", Audience.MERCHANT,
                    f -> "tenants/{tenant}/merchant/repair-notices"),
            new RouteRecipe("tenants/:tenant/code-cleanup", Audience.STAFF, f -> "tenants/{tenant}/code-cleanup"));

    static List<RouteRecipe> routes() {
        return ROUTES;
    }

    private static final String T = "/api/tenants/{tenant}";
    private static final String JSON = "application/json";
    private static final List<Recipe> ALL = new ArrayList<>();

    private TenantEndpointRecipes() {
    }

    static List<Recipe> all() {
        return List.copyOf(ALL);
    }

    private static void get(String template, Audience audience, Function<AttackFixture, String> path) {
        ALL.add(new Recipe("GET", T + template, audience, path, null, null));
    }

    private static void json(String method, String template, Audience audience, Function<AttackFixture, String> path,
                             Function<AttackFixture, String> body) {
        ALL.add(new Recipe(method, T + template, audience, path, JSON,
                f -> body.apply(f).getBytes(StandardCharsets.UTF_8)));
    }

    private static void bare(String method, String template, Audience audience, Function<AttackFixture, String> path) {
        ALL.add(new Recipe(method, T + template, audience, path, null, null));
    }

    private static void file(String template, Audience audience, Function<AttackFixture, String> path,
                             String name, String mediaType, Function<AttackFixture, byte[]> content) {
        ALL.add(new Recipe("POST", T + template, audience, path, AttackFixture.multipartType(),
                f -> AttackFixture.multipart(name, mediaType, content.apply(f))));
    }

    private static String p(String rest) {
        return T + rest;
    }

    static {
        Audience S = Audience.STAFF;
        Audience M = Audience.MERCHANT;

        // the city-wide archive, read and written through the tenant
        json("POST", "/subjects", S, f -> p("/subjects"), f -> """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "攻击者登记的商行", "tags": []}""".formatted(f.subjectCode));
        get("/subjects/{id}", S, f -> p("/subjects/" + f.personId));
        get("/subjects", S, f -> p("/subjects?code=" + f.personCode));
        json("POST", "/subjects/{id}/records", S, f -> p("/subjects/" + f.subjectId + "/records"), f -> """
                {"kind": "INSPECTION", "department": "攻击者", "decisionDate": "2026-11-02", "title": "伪造的检查记录"}""");
        get("/subjects/{id}/archive", S, f -> p("/subjects/" + f.subjectId + "/archive"));
        json("POST", "/records/{id}/end-publicity", S, f -> p("/records/" + f.inspectionRecordId + "/end-publicity"),
                f -> "{\"reason\": \"攻击者结束公示\"}");
        json("POST", "/records/{id}/archive", S, f -> p("/records/" + f.inspectionRecordId + "/archive"),
                f -> "{\"reason\": \"攻击者归档\"}");
        get("/subjects/{id}/credit-report", S, f -> p("/subjects/" + f.subjectId + "/credit-report"));
        json("POST", "/merchants/link", S, f -> p("/merchants/link"),
                f -> "{\"username\": \"humen.merchant\", \"subjectCode\": \"" + f.subjectCode + "\"}");
        file("/imports/double-publicity", S, f -> p("/imports/double-publicity"), "attack.csv", "text/csv",
                f -> "行政相对人名称,统一社会信用代码\n攻击商行,".concat(f.subjectCode).concat("\n")
                        .getBytes(StandardCharsets.UTF_8));
        get("/imports/{jobId}", S, f -> p("/imports/" + f.importJobId));
        get("/imports/{jobId}/errors", S, f -> p("/imports/" + f.importJobId + "/errors"));
        get("/imports/{jobId}/errors.xlsx", S, f -> p("/imports/" + f.importJobId + "/errors.xlsx"));

        // search
        get("/search", S, f -> p("/search?q=" + f.marker));
        get("/search/{group}", S, f -> p("/search/subjects?q=" + f.marker));

        // cases and tasks
        get("/processes", S, f -> p("/processes"));
        json("POST", "/cases", S, f -> p("/cases"), f -> """
                {"processKey": "credit-commitment", "data": {"subjectCode": "%s", "subjectName": "攻击者",
                 "commitmentType": "voluntary", "commitmentText": "攻击者的承诺"}}""".formatted(f.subjectCode));
        get("/cases/{caseId}", S, f -> p("/cases/" + f.caseId));
        get("/tasks", S, f -> p("/tasks?size=200"));
        get("/tasks/{taskId}", S, f -> p("/tasks/" + f.taskId));
        get("/inbox", M, f -> p("/inbox?size=200"));
        bare("POST", "/tasks/{taskId}/claim", S, f -> p("/tasks/" + f.taskId + "/claim"));
        bare("POST", "/tasks/{taskId}/unclaim", S, f -> p("/tasks/" + f.taskId + "/unclaim"));
        json("POST", "/tasks/{taskId}/complete", S, f -> p("/tasks/" + f.taskId + "/complete"),
                f -> "{\"data\": {\"signatory\": \"攻击者\", \"signedOn\": \"2026-11-25\"}}");
        file("/cases/{caseId}/attachments", S, f -> p("/cases/" + f.caseId + "/attachments"), "attack.pdf",
                "application/pdf", f -> "%PDF-1.4\n% attack\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        get("/cases/{caseId}/attachments", S, f -> p("/cases/" + f.caseId + "/attachments"));
        get("/cases/{caseId}/attachments/{attachmentId}", S,
                f -> p("/cases/" + f.caseId + "/attachments/" + f.attachmentId));

        // task operations (转办, 委派, 退回, 抄送, 撤回, 加签) and copies
        json("POST", "/tasks/{taskId}/transfer", S, f -> p("/tasks/" + f.taskId + "/transfer"),
                f -> "{\"user\": \"changan.officer\", \"reason\": \"攻击者转办\"}");
        json("POST", "/tasks/{taskId}/delegate", S, f -> p("/tasks/" + f.taskId + "/delegate"),
                f -> "{\"user\": \"changan.officer\", \"reason\": \"攻击者委派\"}");
        get("/tasks/{taskId}/return-targets", S, f -> p("/tasks/" + f.taskId + "/return-targets"));
        json("POST", "/tasks/{taskId}/return", S, f -> p("/tasks/" + f.taskId + "/return"),
                f -> "{\"stepKey\": \"sign\", \"reason\": \"攻击者退回\"}");
        json("POST", "/tasks/{taskId}/copy", S, f -> p("/tasks/" + f.taskId + "/copy"),
                f -> "{\"users\": [\"changan.officer\"], \"reason\": \"攻击者抄送\"}");
        json("POST", "/tasks/{taskId}/withdraw", S, f -> p("/tasks/" + f.taskId + "/withdraw"),
                f -> "{\"reason\": \"攻击者撤回\"}");
        json("POST", "/tasks/{taskId}/cosign", S, f -> p("/tasks/" + f.taskId + "/cosign"),
                f -> "{\"users\": [\"changan.officer\"], \"reason\": \"攻击者加签\"}");
        get("/tasks/{taskId}/cosigners", S, f -> p("/tasks/" + f.taskId + "/cosigners"));
        get("/copies", S, f -> p("/copies"));

        // the severe-dishonesty list: the town's proposals, the officers' list, the merchant's notice
        json("POST", "/severe-list/proposals", S, f -> p("/severe-list/proposals"), f -> """
                {"subjectId": %d, "recordIds": [%d], "department": "攻击者", "grounds": "攻击者的理由",
                 "legalBasis": "攻击者的依据"}""".formatted(f.personId, f.inspectionRecordId));
        get("/severe-list/proposals", S, f -> p("/severe-list/proposals"));
        get("/severe-list/proposals/{id}", S, f -> p("/severe-list/proposals/" + f.severeProposalId));
        bare("POST", "/severe-list/proposals/{id}/notice", S,
                f -> p("/severe-list/proposals/" + f.severeProposalId + "/notice"));
        json("POST", "/severe-list/proposals/{id}/withdrawal", S,
                f -> p("/severe-list/proposals/" + f.severeProposalId + "/withdrawal"), f -> "{\"reason\": \"攻击者撤回\"}");
        get("/severe-list", S, f -> p("/severe-list"));
        get("/my/severe-list-notices", M, f -> p("/my/severe-list-notices"));
        json("POST", "/my/severe-list-notices/{id}/statement", M,
                f -> p("/my/severe-list-notices/" + f.severeProposalId + "/statement"),
                f -> "{\"statement\": \"攻击者的陈述\"}");

        // the city's catalogue of credit measures, as a town uses it
        get("/credit-measures", S, f -> p("/credit-measures"));
        get("/credit-measures/{id}/qualification", S,
                f -> p("/credit-measures/" + f.measureId + "/qualification?subjectCode=" + f.subjectCode));
        get("/credit-measures/applications", S, f -> p("/credit-measures/applications"));
        json("POST", "/credit-measures/applications", S, f -> p("/credit-measures/applications"), f -> """
                {"measureId": "%s", "subjectCode": "%s", "matter": "攻击者的事项"}""".formatted(f.measureId,
                f.subjectCode));
        get("/credit-measures/applications/{id}", S,
                f -> p("/credit-measures/applications/" + f.measureApplicationId));
        json("POST", "/credit-measures/applications/{id}/feedback", S,
                f -> p("/credit-measures/applications/" + f.measureApplicationId + "/feedback"),
                f -> "{\"effect\": \"EFFECTIVE\", \"feedback\": \"攻击者的反馈\"}");
        // the governance ledger (plan (四)) and graded inspection plans (plan (十八))
        get("/governance-ledger", S, f -> p("/governance-ledger"));
        bare("POST", "/governance-ledger/refresh", S, f -> p("/governance-ledger/refresh"));
        get("/governance-ledger/bases", S, f -> p("/governance-ledger/bases"));
        get("/governance-ledger/{id}", S, f -> p("/governance-ledger/" + f.governanceEntryId));
        json("POST", "/governance-ledger/{id}/interviews", S,
                f -> p("/governance-ledger/" + f.governanceEntryId + "/interviews"), f -> """
                        {"kind": "PROMPT", "heldOn": "%s", "participants": "攻击者", "content": "攻击者约谈",
                         "outcome": "攻击者的结果"}""".formatted(LocalDate.now()));
        json("POST", "/governance-ledger/{id}/follow-ups", S,
                f -> p("/governance-ledger/" + f.governanceEntryId + "/follow-ups"), f -> """
                        {"followedOn": "%s", "note": "攻击者跟进", "rectification": "COMPLETED"}"""
                        .formatted(LocalDate.now()));
        get("/inspection-plans/ratios", S, f -> p("/inspection-plans/ratios"));
        get("/inspection-plans", S, f -> p("/inspection-plans"));
        json("POST", "/inspection-plans", S, f -> p("/inspection-plans"), f -> """
                {"title": "攻击者的抽查计划", "periodFrom": "2026-01-01", "periodTo": "2026-03-31", "seed": 1}""");
        get("/inspection-plans/{id}", S, f -> p("/inspection-plans/" + f.inspectionPlanId));
        get("/inspection-plans/{id}.xlsx", S, f -> p("/inspection-plans/" + f.inspectionPlanId + ".xlsx"));
        json("POST", "/inspection-plans/{id}/items/{itemId}/result", S,
                f -> p("/inspection-plans/" + f.inspectionPlanId + "/items/" + f.inspectionItemId + "/result"),
                f -> """
                        {"result": "NO_ISSUES", "inspectedOn": "%s", "department": "攻击者", "summary": "攻击者的结果"}"""
                        .formatted(LocalDate.now()));
        get("/sampling-ratios", S, f -> p("/sampling-ratios"));
        json("PUT", "/sampling-ratios/{grade}", S, f -> p("/sampling-ratios/A"), f -> "{\"ratio\": 50}");
        bare("DELETE", "/sampling-ratios/{grade}", S, f -> p("/sampling-ratios/A"));
        // objections (异议申诉) and repair notices (两书同达)
        json("POST", "/objections", S, f -> p("/objections"), f -> """
                {"recordId": %d, "reasons": "攻击者的异议"}""".formatted(f.inspectionRecordId));
        get("/objections", S, f -> p("/objections"));
        get("/objections/{id}", S, f -> p("/objections/" + f.objectionId));
        json("POST", "/objections/{id}/decision", S, f -> p("/objections/" + f.objectionId + "/decision"),
                f -> "{\"upheld\": true, \"reason\": \"攻击者的决定\"}");
        get("/my/objections", M, f -> p("/my/objections"));
        json("POST", "/my/objections", M, f -> p("/my/objections"), f -> """
                {"recordId": %d, "reasons": "攻击者的异议"}""".formatted(f.inspectionRecordId));
        get("/my/repair-notices", M, f -> p("/my/repair-notices"));
        get("/repair-notices", S, f -> p("/repair-notices"));
        get("/records/{id}/repair-notice", S, f -> p("/records/" + f.inspectionRecordId + "/repair-notice"));
        // the code clean-up report (重错码清理, plan (二))
        get("/code-cleanup", S, f -> p("/code-cleanup"));
        get("/code-cleanup/basis", S, f -> p("/code-cleanup/basis"));
        get("/code-cleanup.xlsx", S, f -> p("/code-cleanup.xlsx"));
        get("/code-cleanup/{id}", S, f -> p("/code-cleanup/" + f.codeCleanupItemId));
        json("POST", "/code-cleanup/{id}/work", S, f -> p("/code-cleanup/" + f.codeCleanupItemId + "/work"),
                f -> "{\"outcome\": \"CONFIRMED\", \"note\": \"攻击者的处理\"}");
        bare("POST", "/code-cleanup/detect", S, f -> p("/code-cleanup/detect"));

        // designs and templates
        get("/designs", S, f -> p("/designs"));
        json("POST", "/designs", S, f -> p("/designs"), f -> f.designJson("attackerdesign"));
        get("/designs/templates/{processKey}", S, f -> p("/designs/templates/credit-commitment"));
        get("/designs/{processKey}", S, f -> p("/designs/" + f.designKey));
        json("PUT", "/designs/{processKey}", S, f -> p("/designs/" + f.designKey), AttackFixture::designModelJson);
        get("/designs/{processKey}/bpmn", S, f -> p("/designs/" + f.designKey + "/bpmn"));
        ALL.add(new Recipe("PUT", T + "/designs/{processKey}/bpmn", S, f -> p("/designs/" + f.designKey + "/bpmn"),
                "application/xml", f -> f.bpmn.getBytes(StandardCharsets.UTF_8)));
        bare("POST", "/designs/{processKey}/discard-bpmn", S, f -> p("/designs/" + f.designKey + "/discard-bpmn"));
        bare("POST", "/designs/{processKey}/validate", S, f -> p("/designs/" + f.designKey + "/validate"));
        json("POST", "/designs/{processKey}/simulate", S, f -> p("/designs/" + f.designKey + "/simulate"),
                f -> "{\"data\": {\"matter\": \"攻击\"}}");
        json("POST", "/designs/{processKey}/publish", S, f -> p("/designs/" + f.designKey + "/publish"),
                f -> "{\"reason\": \"攻击者发布\"}");
        get("/designs/{processKey}/versions", S, f -> p("/designs/" + f.designKey + "/versions"));
        get("/designs/{processKey}/compare", S, f -> p("/designs/" + f.designKey + "/compare?from=1&to=0"));
        get("/templates", M, f -> p("/templates"));
        get("/templates/{processKey}", M, f -> p("/templates/integrity-star"));
        get("/templates/{processKey}/versions", M, f -> p("/templates/integrity-star/versions"));
        json("PUT", "/templates/{processKey}/parameters", S, f -> p("/templates/integrity-star/parameters"),
                f -> "{\"parameters\": {\"starsPerRound\": 1}, \"reason\": \"攻击者改参数\"}");
        json("PUT", "/templates/{processKey}", S, f -> p("/templates/integrity-star"),
                f -> "{\"parameters\": {\"starsPerRound\": 1}, \"reason\": \"攻击者改模板\"}");

        // settings, districts
        get("/settings", S, f -> p("/settings"));
        get("/settings/versions", S, f -> p("/settings/versions"));
        json("POST", "/settings/departments", S, f -> p("/settings/departments"),
                f -> "{\"code\": \"attack\", \"name\": \"攻击者科室\"}");
        json("PUT", "/settings/departments/{code}", S, f -> p("/settings/departments/tax"),
                f -> "{\"code\": \"tax\", \"name\": \"攻击者改名\"}");
        bare("DELETE", "/settings/departments/{code}", S, f -> p("/settings/departments/tax"));
        json("POST", "/settings/departments/{code}/reviewers", S, f -> p("/settings/departments/tax/reviewers"),
                f -> "{\"username\": \"changan.officer\"}");
        bare("DELETE", "/settings/reviewers/{username}", S, f -> p("/settings/reviewers/humen.tax"));
        json("POST", "/settings/districts", S, f -> p("/settings/districts"),
                f -> "{\"name\": \"攻击者商圈\", \"kind\": \"MALL\", \"address\": \"某地\", \"commitmentText\": \"诚信\"}");
        json("PUT", "/settings/districts/{districtId}", S, f -> p("/settings/districts/" + f.districtId),
                f -> "{\"name\": \"攻击者改名\"}");
        bare("POST", "/settings/districts/{districtId}/close", S,
                f -> p("/settings/districts/" + f.districtId + "/close"));
        json("PUT", "/settings/contact", S, f -> p("/settings/contact"),
                f -> "{\"officeName\": \"攻击者\", \"address\": \"某地\", \"phone\": \"0769-0000000\","
                        + " \"email\": \"attacker@example.com\"}");
        get("/districts", M, f -> p("/districts"));
        json("POST", "/districts", S, f -> p("/districts"),
                f -> "{\"name\": \"攻击者商圈\", \"kind\": \"MALL\", \"address\": \"某地\", \"commitmentText\": \"诚信\"}");
        get("/districts/{districtId}", M, f -> p("/districts/" + f.districtId));
        get("/districts/{districtId}/shops", M, f -> p("/districts/" + f.districtId + "/shops"));

        // ledgers, audit, supervision, key tasks, notifications
        get("/ledger", S, f -> p("/ledger?period=2026"));
        get("/audit/chain", S, f -> p("/audit/chain"));
        get("/supervision", S, f -> p("/supervision"));
        get("/supervision/{noticeId}", S, f -> p("/supervision/" + f.noticeId));
        get("/key-tasks", S, f -> p("/key-tasks"));
        get("/key-tasks/{keyTaskId}", S, f -> p("/key-tasks/" + f.keyTaskId));
        get("/key-tasks/{keyTaskId}/history", S, f -> p("/key-tasks/" + f.keyTaskId + "/history"));
        json("PUT", "/key-tasks/{keyTaskId}", S, f -> p("/key-tasks/" + f.keyTaskId),
                f -> "{\"ownerPerson\": \"攻击者\", \"status\": \"DONE\", \"progressNote\": \"攻击者改进度\","
                        + " \"completedOn\": \"2026-11-30\", \"version\": 0}");
        get("/notifications", M, f -> p("/notifications"));
        get("/notifications/unread-count", M, f -> p("/notifications/unread-count"));
        bare("POST", "/notifications/{id}/read", M, f -> p("/notifications/" + f.notificationId + "/read"));

        // the merchant portal
        get("/my/archive", M, f -> p("/my/archive"));
        get("/my/repairable-records", M, f -> p("/my/repairable-records"));
        get("/my/districts", M, f -> p("/my/districts"));
        json("POST", "/my/district-applications", M, f -> p("/my/district-applications"),
                f -> "{\"districtId\": \"" + f.districtId + "\", \"shopName\": \"攻击者的店\"}");
        json("POST", "/my/commitments", M, f -> p("/my/commitments"),
                f -> "{\"commitmentType\": \"voluntary\", \"commitmentText\": \"攻击者的承诺\"}");
        json("POST", "/my/repair-applications", M, f -> p("/my/repair-applications"),
                f -> "{\"recordIds\": [" + f.inspectionRecordId + "], \"obligationsFulfilled\": true,"
                        + " \"repairCommitmentSigned\": true, \"statement\": \"攻击者申请修复\"}");
        get("/my/cases", M, f -> p("/my/cases"));
        get("/my/cases/{caseId}", M, f -> p("/my/cases/" + f.caseId));
        get("/my/tasks", M, f -> p("/my/tasks"));
        get("/my/tasks/{taskId}", M, f -> p("/my/tasks/" + f.taskId));
        json("POST", "/my/tasks/{taskId}/complete", M, f -> p("/my/tasks/" + f.taskId + "/complete"),
                f -> "{\"data\": {\"signatory\": \"攻击者\", \"signedOn\": \"2026-11-25\"}}");
    }
}
