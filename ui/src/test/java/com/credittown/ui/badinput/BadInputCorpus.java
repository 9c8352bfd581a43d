package com.credittown.ui.badinput;

import static com.credittown.ui.badinput.BadInput.get;
import static com.credittown.ui.badinput.BadInput.post;
import static com.credittown.ui.badinput.BadInput.put;
import static com.credittown.ui.badinput.BadInput.raw;

import com.credittown.platform.uscc.UsccGenerator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bad-input corpus: what careless and hostile clients send the REST API, grouped by kind. Each entry names the
 * words its answer must contain; see {@link BadInput}. Placeholders ({@code {case}}, {@code {subject}},
 * {@code {record}}) are filled from the fixture the test creates.
 */
final class BadInputCorpus {

    static final String OFFICER = "humen.officer";
    static final String ADMIN = "humen.admin";
    static final String CITY = "city.office";
    static final String MERCHANT = "humen.merchant";

    static final String SUBJECTS = "/api/tenants/humen/subjects";
    static final String RECORDS = "/api/tenants/humen/subjects/{subject}/records";
    static final String CASES = "/api/tenants/humen/cases";
    static final String ATTACHMENTS = "/api/tenants/humen/cases/{case}/attachments";
    static final String IMPORT = "/api/tenants/humen/imports/double-publicity";
    static final String OBJECTIONS = "/api/public/tenants/humen/notices/stars/{case}/objections";

    private static final UsccGenerator codes = new UsccGenerator(new Random(20261207L));

    private BadInputCorpus() {
    }

    static List<BadInput> all() {
        List<BadInput> all = new ArrayList<>();
        all.addAll(malformedJson());
        all.addAll(oversizedJson());
        all.addAll(wrongTypes());
        all.addAll(unicode());
        all.addAll(invalidCodes());
        all.addAll(calendarDates());
        all.addAll(serverRejects());
        all.addAll(imports());
        all.addAll(attachments());
        return all;
    }

    // ---------------------------------------------------------------------------------------------------------
    // JSON bodies

    /** A valid body of each JSON endpoint, with who may send it and the table a write would add to. */
    record JsonEndpoint(String label, String method, String target, String user, String validBody, String table) {
    }

    static List<JsonEndpoint> jsonEndpoints() {
        return List.of(
                new JsonEndpoint("register subject", "POST", SUBJECTS, OFFICER, subjectBody(freshCode(),
                        "东莞市虎门镇坏输入测试商行"), "credit_subject"),
                new JsonEndpoint("add record", "POST", RECORDS, OFFICER, recordBody("\"2025-03-03\""),
                        "credit_record"),
                new JsonEndpoint("start case", "POST", CASES, OFFICER, "{\"processKey\":\"credit-commitment\","
                        + "\"data\":{\"subjectCode\":\"" + freshCode() + "\",\"subjectName\":\"坏输入商行\","
                        + "\"commitmentType\":\"voluntary\",\"commitmentText\":\"承诺守法诚信经营。\"}}", "commitment"),
                new JsonEndpoint("public objection", "POST", OBJECTIONS, null,
                        "{\"name\":\"张三\",\"contact\":\"13800000000\",\"text\":\"异议内容\"}", "star_objection"),
                new JsonEndpoint("add department", "POST", "/api/tenants/humen/settings/departments", ADMIN,
                        "{\"code\":\"badinput\",\"name\":\"坏输入科\"}", "tenant_department"),
                new JsonEndpoint("link merchant", "POST", "/api/tenants/humen/merchants/link", OFFICER,
                        "{\"username\":\"nobody.badinput\",\"subjectCode\":\"" + freshCode() + "\"}", "audit_entry"),
                new JsonEndpoint("assign key task", "POST", "/api/city/key-tasks", CITY,
                        "{\"title\":\"坏输入\",\"description\":\"x\",\"basis\":\"x\",\"ownerUnit\":\"x\","
                                + "\"deadline\":\"2026-12-31\",\"reminderWorkingDays\":3,\"tenants\":[\"humen\"]}",
                        "key_task"),
                new JsonEndpoint("send supervision", "POST", "/api/city/supervision", CITY,
                        "{\"tenant\":\"humen\",\"kind\":\"REMINDER\",\"title\":\"坏输入\",\"text\":\"x\","
                                + "\"workingDays\":5}", "supervision_notice"),
                new JsonEndpoint("merchant commitment", "POST", "/api/tenants/humen/my/commitments", MERCHANT,
                        "{\"commitmentType\":\"voluntary\",\"commitmentText\":\"承诺\"}", "commitment"),
                new JsonEndpoint("update contact", "PUT", "/api/tenants/humen/settings/contact", ADMIN,
                        "{\"officeName\":\"虎门镇信用办\",\"address\":\"虎门\",\"phone\":\"0769-1\","
                                + "\"email\":\"a@b.cn\"}", "tenant_settings_version"),
                new JsonEndpoint("end publicity", "POST", "/api/tenants/humen/records/{record}/end-publicity",
                        OFFICER, "{\"reason\":\"已修复\"}", "audit_entry"));
    }

    static List<BadInput> malformedJson() {
        String[][] bodies = {
                {"unclosed object", "{", "line 1", "column"},
                {"value missing after colon", "{\"kind\":", "line 1", "column"},
                {"trailing comma", "{\"x\":\"y\",}", "line 1", "column 10"},
                {"single quotes", "{'kind':'MARKET_ENTITY'}", "line 1", "column 2"},
                {"unquoted field name", "{kind:\"MARKET_ENTITY\"}", "line 1", "column 2"},
                {"missing comma", "{\"kind\":\"MARKET_ENTITY\" \"code\":\"x\"}", "line 1", "column"},
                {"comment", "/* hello */ {}", "line 1", "column 1"},
                {"NaN", "{\"kind\":NaN}", "line 1", "column"},
                {"leading zero", "{\"kind\":01}", "line 1", "column"},
                {"misspelt literal", "{\"kind\":tru}", "line 1", "column"},
                {"invalid escape", "{\"kind\":\"\\x41\"}", "line 1", "column"},
                {"unterminated string", "{\"kind\":\"MARKET_ENTITY", "line 1", "column"},
                {"raw tab inside a string", "{\"kind\":\"MARKET\tENTITY\"}", "line 1", "column"},
                {"error on line 3", "{\n  \"x\": \"y\",\n  \"z\" \"w\"\n}", "line 3", "column"},
                {"empty body", "", "body", "missing"},
                {"whitespace only", "   \n  ", "body", "missing"},
                {"closing bracket only", "}", "line 1", "column 1"},
                {"JSON null", "null", "body", "object"},
                {"a bare string", "\"text\"", "body", "object"},
                {"a bare number", "42", "body", "object"},
                {"an array instead of an object", "[{\"kind\":\"MARKET_ENTITY\"}]", "body", "object"},
        };
        List<BadInput> inputs = new ArrayList<>();
        for (JsonEndpoint endpoint : jsonEndpoints()) {
            for (String[] body : bodies) {
                inputs.add(json("json-syntax", endpoint, body[0], body[1], 400, body[2], body[3]));
            }
        }
        // bytes that are not UTF-8 at all, and a surrogate written in UTF-8 (CESU-8), which is not UTF-8 either
        inputs.add(BadInput.post("json-syntax", "register subject: invalid UTF-8 byte", SUBJECTS).as(OFFICER)
                .body("application/json", Payloads.concat(Payloads.text("{\"kind\":\"MARKET_ENTITY\",\"name\":\"a"),
                        new byte[] {(byte) 0xC3, 0x28}, Payloads.text("\"}")))
                .expect(400, "UTF-8", "line 1", "column").counting("credit_subject"));
        inputs.add(BadInput.post("json-syntax", "register subject: CESU-8 surrogate bytes", SUBJECTS).as(OFFICER)
                .body("application/json", Payloads.concat(Payloads.text("{\"kind\":\"MARKET_ENTITY\",\"name\":\"a"),
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, Payloads.text("\"}")))
                .expect(400, "name", "U+D800", "line 1", "column").counting("credit_subject"));
        inputs.add(BadInput.post("json-syntax", "register subject: GBK-encoded name", SUBJECTS).as(OFFICER)
                .body("application/json", ("{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + freshCode()
                        + "\",\"name\":\"东莞市虎门镇商行\"}").getBytes(Charset.forName("GBK")))
                .expect(400, "UTF-8", "line 1", "column").counting("credit_subject"));
        inputs.add(BadInput.post("json-syntax", "register subject: form-encoded body", SUBJECTS).as(OFFICER)
                .body("application/x-www-form-urlencoded", Payloads.text("kind=MARKET_ENTITY&name=x"))
                .expect(415, "application/x-www-form-urlencoded").counting("credit_subject"));
        inputs.add(BadInput.post("json-syntax", "register subject: XML body", SUBJECTS).as(OFFICER)
                .body("application/xml", Payloads.text("<subject kind=\"MARKET_ENTITY\"/>"))
                .expect(415, "application/xml").counting("credit_subject"));
        inputs.add(BadInput.post("json-syntax", "register subject: no content type", SUBJECTS).as(OFFICER)
                .body(null, Payloads.text("{\"kind\":\"MARKET_ENTITY\"}"))
                .expect(415, "Content-Type").counting("credit_subject"));
        return inputs;
    }

    static List<BadInput> oversizedJson() {
        List<BadInput> inputs = new ArrayList<>();
        inputs.add(post("json-size", "nesting 5,000 arrays deep in case data", CASES).as(OFFICER)
                .body("application/json", () -> Payloads.text("{\"processKey\":\"credit-commitment\",\"data\":{\"a\":"
                        + "[".repeat(5000) + "]".repeat(5000) + "}}"))
                .expect(400, "nesting depth", "line 1", "column").counting("commitment"));
        inputs.add(post("json-size", "nesting 5,000 objects deep in case data", CASES).as(OFFICER)
                .body("application/json", () -> Payloads.text("{\"processKey\":\"credit-commitment\",\"data\":"
                        + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}"))
                .expect(400, "nesting depth", "column").counting("commitment"));
        inputs.add(post("json-size", "a number of 5,000 digits", RECORDS).as(OFFICER)
                .body("application/json", () -> Payloads.text("{\"kind\":\"LICENCE\",\"severity\":" + "9".repeat(5000)
                        + "}"))
                .expect(400, "number", "column").counting("credit_record"));
        inputs.add(post("json-size", "a field name of 60,000 characters", SUBJECTS).as(OFFICER)
                .body("application/json", () -> Payloads.text("{\"" + "k".repeat(60_000) + "\":1}"))
                .expect(400, "name", "column").counting("credit_subject"));
        inputs.add(post("json-size", "a name of 21 million characters", SUBJECTS).as(OFFICER)
                .body("application/json", () -> Payloads.text("{\"kind\":\"MARKET_ENTITY\",\"name\":\""
                        + "名".repeat(21_000_000) + "\"}"))
                .expect(400, "string", "column").counting("credit_subject"));
        inputs.add(post("json-size", "a name of 10,000 characters", SUBJECTS).as(OFFICER)
                .json(subjectBody(freshCode(), "名".repeat(10_000)))
                .expect(400, "name", "200").counting("credit_subject"));
        inputs.add(post("json-size", "5,000 tags", SUBJECTS).as(OFFICER)
                .json("{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + freshCode() + "\",\"name\":\"商行\",\"tags\":["
                        + String.join(",", java.util.Collections.nCopies(5000, "\"t\"")) + "]}")
                .expect(400, "tags").counting("credit_subject"));
        inputs.add(post("json-size", "a tag of 1,000 characters", SUBJECTS).as(OFFICER)
                .json("{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + freshCode() + "\",\"name\":\"商行\",\"tags\":[\""
                        + "t".repeat(1000) + "\"]}")
                .expect(400, "tags").counting("credit_subject"));
        inputs.add(post("json-size", "a record title of 5,000 characters", RECORDS).as(OFFICER)
                .json(recordBody("\"2025-03-03\"").replace("\"行政许可\"", "\"" + "题".repeat(5000) + "\""))
                .expect(400, "title", "200").counting("credit_record"));
        inputs.add(post("json-size", "a record summary of 100,000 characters", RECORDS).as(OFFICER)
                .json(recordBody("\"2025-03-03\"").replace("\"summary\":\"摘要\"", "\"summary\":\""
                        + "摘".repeat(100_000) + "\""))
                .expect(400, "summary", "2000").counting("credit_record"));
        inputs.add(post("json-size", "an objection of 100,000 characters", OBJECTIONS)
                .json("{\"name\":\"张三\",\"contact\":\"1\",\"text\":\"" + "异".repeat(100_000) + "\"}")
                .expect(400, "text", "8000").counting("star_objection"));
        inputs.add(post("json-size", "a commitment text of 50,000 characters", "/api/tenants/humen/my/commitments")
                .as(MERCHANT).json("{\"commitmentType\":\"voluntary\",\"commitmentText\":\"" + "诺".repeat(50_000)
                        + "\"}")
                .expect(400, "commitmentText", "5000").counting("commitment"));
        inputs.add(post("json-size", "case data with 100,000 fields", CASES).as(OFFICER)
                .body("application/json", () -> {
                    StringBuilder body = new StringBuilder("{\"processKey\":\"credit-commitment\",\"data\":{");
                    for (int i = 0; i < 100_000; i++) {
                        body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
                    }
                    return Payloads.text(body.append("}}").toString());
                })
                .expect(400, "f0", "more problems").counting("commitment"));
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Wrong types and values

    static List<BadInput> wrongTypes() {
        List<BadInput> inputs = new ArrayList<>();
        String code = freshCode();
        String[][] subjects = {
                {"kind as a number", "{\"kind\":1,\"code\":\"" + code + "\",\"name\":\"n\"}", "kind"},
                {"kind not one of the kinds", "{\"kind\":\"SPACESHIP\",\"code\":\"" + code + "\",\"name\":\"n\"}",
                        "kind", "MARKET_ENTITY"},
                {"kind as an array", "{\"kind\":[\"MARKET_ENTITY\"],\"code\":\"" + code + "\",\"name\":\"n\"}",
                        "kind"},
                {"kind missing", "{\"code\":\"" + code + "\",\"name\":\"n\"}", "kind"},
                {"kind null", "{\"kind\":null,\"code\":\"" + code + "\",\"name\":\"n\"}", "kind"},
                {"code as an object", "{\"kind\":\"MARKET_ENTITY\",\"code\":{},\"name\":\"n\"}", "code"},
                {"code as an array", "{\"kind\":\"MARKET_ENTITY\",\"code\":[\"" + code + "\"],\"name\":\"n\"}",
                        "code"},
                {"code as a number", "{\"kind\":\"MARKET_ENTITY\",\"code\":914419001234567890,\"name\":\"n\"}",
                        "code"},
                {"code as true", "{\"kind\":\"MARKET_ENTITY\",\"code\":true,\"name\":\"n\"}", "code"},
                {"code missing", "{\"kind\":\"MARKET_ENTITY\",\"name\":\"n\"}", "code"},
                {"name as an object", "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":{\"zh\":\"n\"}}",
                        "name"},
                {"name blank", "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":\"   \"}", "name"},
                {"tags as a string", "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":\"n\","
                        + "\"tags\":\"a\"}", "tags"},
                {"tags holding an object", "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":\"n\","
                        + "\"tags\":[{}]}", "tags"},
                {"tags holding null", "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":\"n\","
                        + "\"tags\":[null]}", "tags"},
                {"tag with a comma", "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":\"n\","
                        + "\"tags\":[\"a,b\"]}", "tags", "comma"},
                {"person with a USCC", "{\"kind\":\"NATURAL_PERSON\",\"code\":\"" + code + "\",\"name\":\"n\"}",
                        "code"},
        };
        for (String[] subject : subjects) {
            inputs.add(post("wrong-type", "register subject: " + subject[0], SUBJECTS).as(OFFICER).json(subject[1])
                    .expect(400, java.util.Arrays.copyOfRange(subject, 2, subject.length)).counting("credit_subject"));
        }
        String[][] records = {
                {"decision date 30 February", "\"2025-02-30\"", "decisionDate", "2025-02-30"},
                {"decision date month 13", "\"2025-13-01\"", "decisionDate"},
                {"decision date in words", "\"yesterday\"", "decisionDate"},
                {"decision date as a number", "20250101", "decisionDate"},
                {"decision date without leading zeros", "\"2025-1-1\"", "decisionDate"},
                {"decision date in the future", "\"2999-01-01\"", "decisionDate", "future"},
                {"decision date year 0", "\"0000-01-01\"", "decisionDate", "1900"},
                {"decision date as an object", "{\"y\":2025}", "decisionDate"},
                {"decision date with a time", "\"2025-03-03T10:00:00\"", "decisionDate", "yyyy-MM-dd"},
                {"decision date as an instant", "\"2025-03-03T02:00:00Z\"", "decisionDate", "yyyy-MM-dd"},
        };
        for (String[] record : records) {
            inputs.add(post("wrong-type", "add record: " + record[0], RECORDS).as(OFFICER).json(recordBody(record[1]))
                    .expect(400, java.util.Arrays.copyOfRange(record, 2, record.length)).counting("credit_record"));
        }
        inputs.add(post("wrong-type", "add record: severity not one of the severities", RECORDS).as(OFFICER)
                .json(recordBody("\"2025-03-03\"").replace("\"kind\":\"LICENCE\"",
                        "\"kind\":\"PENALTY\",\"severity\":\"HUGE\""))
                .expect(400, "severity", "MINOR").counting("credit_record"));
        inputs.add(post("wrong-type", "add record: kind as a boolean", RECORDS).as(OFFICER)
                .json(recordBody("\"2025-03-03\"").replace("\"kind\":\"LICENCE\"", "\"kind\":false"))
                .expect(400, "kind").counting("credit_record"));
        inputs.add(post("wrong-type", "add record: dishonesty without severity", RECORDS).as(OFFICER)
                .json(recordBody("\"2025-03-03\"").replace("\"kind\":\"LICENCE\"", "\"kind\":\"DISHONESTY\""))
                .expect(400, "severity").counting("credit_record"));
        String[][] ids = {
                {"a word", "abc"}, {"a decimal", "1.5"}, {"an exponent", "1e3"}, {"past the long range",
                        "99999999999999999999"}, {"negative", "-1"}};
        for (String[] id : ids) {
            inputs.add(get("wrong-type", "subject id " + id[0], SUBJECTS + "/" + id[1]).as(OFFICER)
                    .expect(id[1].equals("-1") ? 404 : 400, id[1].equals("-1") ? "-1" : "id"));
            inputs.add(post("wrong-type", "record id " + id[0] + " to archive", "/api/tenants/humen/records/" + id[1]
                    + "/archive").as(OFFICER).json("{}")
                    .expect(id[1].equals("-1") ? 404 : 400, id[1].equals("-1") ? "-1" : "id").counting("audit_entry"));
            inputs.add(get("wrong-type", "import job id " + id[0], "/api/tenants/humen/imports/" + id[1]).as(OFFICER)
                    .expect(id[1].equals("-1") ? 404 : 400, id[1].equals("-1") ? "-1" : "jobId"));
        }
        String[][] queries = {
                {"tasks page -1", "/api/tenants/humen/tasks?page=-1", "page"},
                {"tasks size 0", "/api/tenants/humen/tasks?size=0", "size"},
                {"tasks size 201", "/api/tenants/humen/tasks?size=201", "size"},
                {"tasks size a word", "/api/tenants/humen/tasks?size=abc", "size"},
                {"tasks size past the int range", "/api/tenants/humen/tasks?size=99999999999", "size"},
                {"inbox scope unknown", "/api/tenants/humen/inbox?scope=EVERYTHING", "scope"},
                {"inbox order unknown", "/api/tenants/humen/inbox?order=RANDOM", "order"},
                {"inbox text of 101 characters", "/api/tenants/humen/inbox?text=" + "x".repeat(101), "text"},
                {"search group unknown", "/api/tenants/humen/search/everything?q=x", "subjects"},
                {"subject by an empty code", "/api/tenants/humen/subjects?code=", "code"},
        };
        for (String[] query : queries) {
            inputs.add(get("wrong-type", query[0], query[1]).as(OFFICER).expect(0, query[2]));
        }
        String keyTask = "{\"title\":\"坏输入\",\"description\":\"x\",\"basis\":\"x\",\"ownerUnit\":\"x\","
                + "\"deadline\":%s,\"reminderWorkingDays\":%s,\"tenants\":%s}";
        String[][] keyTasks = {
                {"deadline 30 February", "\"2026-02-30\"", "3", "[\"humen\"]", "deadline"},
                {"deadline as a number", "20261231", "3", "[\"humen\"]", "deadline"},
                {"reminder as a word", "\"2026-12-31\"", "\"three\"", "[\"humen\"]", "reminderWorkingDays"},
                {"reminder negative", "\"2026-12-31\"", "-3", "[\"humen\"]", "reminderWorkingDays"},
                {"reminder as a decimal", "\"2026-12-31\"", "2.5", "[\"humen\"]", "reminderWorkingDays"},
                {"tenants as a string", "\"2026-12-31\"", "3", "\"humen\"", "tenants"},
                {"tenant unknown", "\"2026-12-31\"", "3", "[\"atlantis\"]", "atlantis"},
                {"no tenants", "\"2026-12-31\"", "3", "[]", "tenants"},
        };
        for (String[] task : keyTasks) {
            inputs.add(post("wrong-type", "key task: " + task[0], "/api/city/key-tasks").as(CITY)
                    .json(String.format(keyTask, task[1], task[2], task[3])).expect(400, task[4]).counting("key_task"));
        }
        String notice = "{\"tenant\":%s,\"kind\":%s,\"title\":\"坏输入\",\"text\":\"x\",\"workingDays\":%s}";
        String[][] notices = {
                {"working days as a word", "\"humen\"", "\"REMINDER\"", "\"five\"", "workingDays"},
                {"working days negative", "\"humen\"", "\"REMINDER\"", "-5", "workingDays"},
                {"working days a million", "\"humen\"", "\"REMINDER\"", "1000000", "workingDays"},
                {"tenant unknown", "\"atlantis\"", "\"REMINDER\"", "5", "atlantis"},
                {"tenant as a number", "42", "\"REMINDER\"", "5", "tenant"},
                {"kind unknown", "\"humen\"", "\"THREAT\"", "5", "kind"},
        };
        for (String[] n : notices) {
            inputs.add(post("wrong-type", "supervision: " + n[0], "/api/city/supervision").as(CITY)
                    .json(String.format(notice, n[1], n[2], n[3])).expect(0, n[4]).counting("supervision_notice"));
        }
        String repair = "/api/tenants/humen/my/repair-applications";
        String[][] repairs = {
                {"no records", "{\"recordIds\":[],\"obligationsFulfilled\":true}", "recordIds"},
                {"record ids as words", "{\"recordIds\":[\"a\"],\"obligationsFulfilled\":true}", "recordIds"},
                {"21 record ids", "{\"recordIds\":[" + String.join(",", java.util.Collections.nCopies(21, "1"))
                        + "],\"obligationsFulfilled\":true}", "recordIds"},
                {"obligations as a word", "{\"recordIds\":[1],\"obligationsFulfilled\":\"yes\"}",
                        "obligationsFulfilled"},
        };
        for (String[] r : repairs) {
            inputs.add(post("wrong-type", "merchant repair: " + r[0], repair).as(MERCHANT).json(r[1])
                    .expect(400, r[2]).counting("repair_application"));
        }
        String[][] caseStarts = {
                {"data as a string", "{\"processKey\":\"credit-commitment\",\"data\":\"x\"}", "data"},
                {"data as an array", "{\"processKey\":\"credit-commitment\",\"data\":[]}", "data"},
                {"data missing", "{\"processKey\":\"credit-commitment\"}", "data"},
                {"process key as a number", "{\"processKey\":7,\"data\":{}}", "7"},
                {"process unknown", "{\"processKey\":\"no-such-process\",\"data\":{}}", "no-such-process"},
                {"process key blank", "{\"processKey\":\" \",\"data\":{}}", "processKey"},
                {"subject code as a list", "{\"processKey\":\"credit-commitment\",\"data\":{\"subjectCode\":[\"x\"],"
                        + "\"subjectName\":\"n\",\"commitmentType\":\"voluntary\",\"commitmentText\":\"t\"}}",
                        "subjectCode"},
                {"subject code invalid", "{\"processKey\":\"credit-commitment\",\"data\":{\"subjectCode\":"
                        + "\"914419000000000000\",\"subjectName\":\"n\",\"commitmentType\":\"voluntary\","
                        + "\"commitmentText\":\"t\"}}", "subjectCode"},
                {"commitment type unknown", "{\"processKey\":\"credit-commitment\",\"data\":{\"subjectCode\":\""
                        + freshCode() + "\",\"subjectName\":\"n\",\"commitmentType\":\"forced\","
                        + "\"commitmentText\":\"t\"}}", "commitmentType"},
        };
        for (String[] c : caseStarts) {
            inputs.add(post("wrong-type", "start case: " + c[0], CASES).as(OFFICER).json(c[1]).expect(0, c[2])
                    .counting("commitment"));
        }
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Unicode

    /** Characters that are never text a person meant to type, each written as a JSON escape. */
    static final String[][] HOSTILE_CHARACTERS = {
            {"NUL", "\\u0000", "U+0000"},
            {"escape (ANSI colours)", "\\u001b[31m", "U+001B"},
            {"backspace", "\\u0008", "U+0008"},
            {"C1 control NEL", "\\u0085", "U+0085"},
            {"lone high surrogate", "\\ud800", "U+D800"},
            {"lone low surrogate", "\\udc00", "U+DC00"},
            {"surrogates in the wrong order", "\\ude00\\ud83d", "U+DE00"},
            {"right-to-left override", "\\u202e", "U+202E"},
            {"left-to-right override", "\\u202d", "U+202D"},
            {"right-to-left isolate", "\\u2067", "U+2067"},
            {"pop directional isolate", "\\u2069", "U+2069"},
            {"zero-width space", "\\u200b", "U+200B"},
            {"word joiner", "\\u2060", "U+2060"},
            {"byte order mark inside text", "\\ufeff", "U+FEFF"},
            {"noncharacter U+FFFF", "\\uffff", "U+FFFF"},
    };

    static List<BadInput> unicode() {
        List<BadInput> inputs = new ArrayList<>();
        for (String[] c : HOSTILE_CHARACTERS) {
            String inside = "东莞" + c[1] + "商行";
            inputs.add(post("unicode", "subject name with " + c[0], SUBJECTS).as(OFFICER)
                    .json(subjectBody(freshCode(), inside)).expect(400, "name", c[2], "position 3")
                    .counting("credit_subject"));
            inputs.add(post("unicode", "record title with " + c[0], RECORDS).as(OFFICER)
                    .json(recordBody("\"2025-03-03\"").replace("\"行政许可\"", "\"" + inside + "\""))
                    .expect(400, "title", c[2]).counting("credit_record"));
            inputs.add(post("unicode", "objection text with " + c[0], OBJECTIONS)
                    .json("{\"name\":\"张三\",\"contact\":\"1\",\"text\":\"" + inside + "\"}")
                    .expect(400, "text", c[2]).counting("star_objection"));
            inputs.add(post("unicode", "department name with " + c[0], "/api/tenants/humen/settings/departments")
                    .as(ADMIN).json("{\"code\":\"badinput\",\"name\":\"" + inside + "\"}")
                    .expect(400, "name", c[2]).counting("tenant_department"));
            inputs.add(post("unicode", "case data field with " + c[0], CASES).as(OFFICER)
                    .json("{\"processKey\":\"credit-commitment\",\"data\":{\"subjectCode\":\"" + freshCode()
                            + "\",\"subjectName\":\"" + inside + "\",\"commitmentType\":\"voluntary\","
                            + "\"commitmentText\":\"承诺\"}}")
                    .expect(400, "data.subjectName", c[2]).counting("commitment"));
        }
        inputs.add(post("unicode", "field name with NUL", SUBJECTS).as(OFFICER)
                .json("{\"kind\\u0000\":\"MARKET_ENTITY\"}").expect(400, "U+0000").counting("credit_subject"));
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // USCC codes: the validator (GB 32100 / GB 11714) at every door that takes a code

    static List<BadInput> invalidCodes() {
        String valid = "91441900MA4WDEM100";
        String[][] codes = {
                // label, code, what the answer names at a JSON field, what it names at the query parameter
                {"wrong check character", "91441900MA4WDEM101", "position 18", "position 18"},
                {"unknown registration authority B", "B1441900MA4WDEM10" + check("B1441900MA4WDEM10"), "position 1",
                        "position 1"},
                {"type 9 not issued by authority 9", "99441900MA4WDEM10" + check("99441900MA4WDEM10"), "position 2",
                        "position 2"},
                {"province 00", "91001900MA4WDEM10" + check("91001900MA4WDEM10"), "positions 3-4", "positions 3-4"},
                {"province 99", "91991900MA4WDEM10" + check("91991900MA4WDEM10"), "positions 3-4", "positions 3-4"},
                {"organisation code check wrong", "91441900MA4WDEM01" + check("91441900MA4WDEM01"), "position 17",
                        "position 17"},
                {"all zeros", "000000000000000000", "position 1", "position"},
                {"17 characters", valid.substring(0, 17), "18 characters", "18 characters"},
                {"19 characters", valid + "0", "18 characters", "18 characters"},
                {"letter I", "91441900MA4WDEMI00", "position 16", "position 16"},
                {"letter O", "91441900MA4WDEMO00", "position 16", "position 16"},
                {"letter S", "91441900MA4WDEMS00", "position 16", "position 16"},
                {"letter V", "91441900MA4WDEMV00", "position 16", "position 16"},
                {"letter Z", "91441900MA4WDEMZ00", "position 16", "position 16"},
                {"fullwidth digits", "９１４４１９００ＭＡ４ＷＤＥＭ１００", "position 1", "position 1"},
                {"one fullwidth digit", "9１441900MA4WDEM100", "position 2", "position 2"},
                {"zero-width space inside", "91441900\u200bMA4WDEM100", "U+200B", "has 19"},
                {"right-to-left override inside", "\u202e91441900MA4WDEM100", "U+202E", "has 19"},
                {"Cyrillic М in place of M", "91441900\u041cA4WDEM100", "position 9", "position 9"},
                {"4-byte emoji inside", "91441900MA4W\ud83d\ude00EM100", "position 13", "position 13"},
                {"space inside", "91441900 MA4WDEM100", "has 19", "has 19"},
                {"an ID card number as a company's code", "441900199003071230", "position 2", "code"},
                {"empty", "", "code", "code"},
        };
        List<BadInput> inputs = new ArrayList<>();
        for (String[] code : codes) {
            String json = jsonString(code[1]);
            inputs.add(post("uscc", "register subject: " + code[0], SUBJECTS).as(OFFICER)
                    .json("{\"kind\":\"MARKET_ENTITY\",\"code\":" + json + ",\"name\":\"东莞市虎门镇坏码商行\"}")
                    .expect(400, "code", code[2]).counting("credit_subject"));
            inputs.add(post("uscc", "link merchant: " + code[0], "/api/tenants/humen/merchants/link").as(OFFICER)
                    .json("{\"username\":\"humen.merchant\",\"subjectCode\":" + json + "}")
                    .expect(400, "subjectCode", code[2].equals("code") ? "subjectCode" : code[2])
                    .counting("audit_entry"));
            inputs.add(get("uscc", "look a subject up by code: " + code[0], SUBJECTS + "?code="
                    + java.net.URLEncoder.encode(code[1], StandardCharsets.UTF_8).replace("+", "%20")).as(OFFICER)
                    .expect(400, "code", code[3]));
        }
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dates outside the calendar

    static List<BadInput> calendarDates() {
        List<BadInput> inputs = new ArrayList<>();
        String[][] days = {
                {"year 1", "0001-01-01"}, {"year 1899", "1899-12-31"}, {"year 1999", "1999-12-31"},
                {"year 2200", "2200-01-01"}, {"year 9999", "9999-12-31"}, {"the first date Java knows",
                        "-999999999-01-01"}, {"the last date Java knows", "%2B999999999-12-31"}};
        for (String[] day : days) {
            inputs.add(get("calendar", "working day in " + day[0], "/api/calendar/working-day?date=" + day[1])
                    .as(OFFICER).expect(400, "date", "2000", "2199"));
            inputs.add(get("calendar", "add working days from " + day[0], "/api/calendar/add-working-days?start="
                    + day[1] + "&days=5").as(OFFICER).expect(400, "start", "2000", "2199"));
            inputs.add(get("calendar", "working days between 2025 and " + day[0],
                    "/api/calendar/working-days-between?from=2025-01-01&to=" + day[1]).as(OFFICER)
                    .expect(400, "to"));
        }
        inputs.add(get("calendar", "add 1000 working days past 2199", "/api/calendar/add-working-days?start=2199-06-01"
                + "&days=1000").as(OFFICER).expect(400, "days", "2199"));
        inputs.add(get("calendar", "days 1001", "/api/calendar/add-working-days?start=2025-01-01&days=1001")
                .as(OFFICER).expect(400, "days"));
        inputs.add(get("calendar", "days -1", "/api/calendar/add-working-days?start=2025-01-01&days=-1")
                .as(OFFICER).expect(400, "days"));
        inputs.add(get("calendar", "date 2025-02-29", "/api/calendar/working-day?date=2025-02-29").as(OFFICER)
                .expect(400, "date", "2025-02-29"));
        inputs.add(get("calendar", "date with a time", "/api/calendar/working-day?date=2025-01-01T00:00").as(OFFICER)
                .expect(400, "date"));
        inputs.add(get("calendar", "date missing", "/api/calendar/working-day").as(OFFICER).expect(400, "date"));
        String year = "{\"year\":%d,\"source\":\"x\",\"holidays\":[],\"adjustedWorkingDays\":[]}";
        int[] years = {1800, 1999, 2200, 99999};
        for (int y : years) {
            inputs.add(put("calendar", "enter the calendar of " + y, "/api/calendar/years/" + y).as(CITY)
                    .json(String.format(year, y)).expect(400, "year", "2000").counting("calendar_year"));
        }
        inputs.add(put("calendar", "year in the path is a word", "/api/calendar/years/abc").as(CITY)
                .json(String.format(year, 2030)).expect(400, "year").counting("calendar_year"));
        inputs.add(put("calendar", "holiday outside its year", "/api/calendar/years/2030").as(CITY)
                .json("{\"year\":2030,\"source\":\"x\",\"holidays\":[{\"date\":\"2031-01-01\",\"name\":\"元旦\"}],"
                        + "\"adjustedWorkingDays\":[]}").expect(400, "holidays", "2031-01-01")
                .counting("calendar_year"));
        inputs.add(put("calendar", "holiday on 30 February", "/api/calendar/years/2030").as(CITY)
                .json("{\"year\":2030,\"source\":\"x\",\"holidays\":[{\"date\":\"2030-02-30\",\"name\":\"x\"}],"
                        + "\"adjustedWorkingDays\":[]}").expect(400, "holidays").counting("calendar_year"));
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests Tomcat refuses itself

    static List<BadInput> serverRejects() {
        List<BadInput> inputs = new ArrayList<>();
        String[][] targets = {
                {"NUL in the path", "/api/tenants/hu\0men/tasks", "NUL"},
                {"NUL in the query", "/api/tenants/humen/tasks?size=\0", "NUL"},
                {"space in the path", "/api/tenants/hu men/tasks", "HTTP/1.1"},
                {"angle brackets in the path", "/api/<script>/x", "percent-encoded"},
                {"quote in the query", "/api/calendar/working-day?date=\"2025\"", "percent-encoded"},
                {"pipe in the query", "/api/calendar/working-day?date=a|b", "percent-encoded"},
                {"curly brace in the path", "/api/tenants/{tenant}/tasks", "percent-encoded"},
                {"backtick in the path", "/api/`id`", "percent-encoded"},
                {"DEL in the path", "/api/\u007f", "percent-encoded"},
                {"encoded NUL", "/api/tenants/humen%00/tasks", "%00"},
                {"encoded slash", "/api/tenants/humen%2Ftasks", "%2F"},
                {"encoded backslash", "/api/tenants/humen%5Ctasks", "backslash"},
                {"climbing above the root", "/../../etc/passwd", "/../"},
                {"malformed percent escape", "/api/tenants/humen%zz/tasks", "percent-escape"},
                {"truncated percent escape", "/api/tenants/humen%4", "percent-escape"},
                {"over-long path (20 KB)", "/api/" + "a".repeat(20_000), "16384"},
                {"over-long query (20 KB)", "/api/tenants/humen/tasks?q=" + "x".repeat(20_000), "16384"},
                {"6,000 query parameters", "/api/tenants/humen/tasks?" + "a=1&".repeat(6_000), "16384"},
        };
        for (String[] target : targets) {
            inputs.add(raw("tomcat", target[0], Payloads.concat(Payloads.text("GET "),
                    target[1].getBytes(StandardCharsets.UTF_8), Payloads.text(" HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n"))).expect(400, target[2]));
        }
        inputs.add(raw("tomcat", "over-long header (20 KB)", Payloads.text("GET /api/tenants/humen/tasks HTTP/1.1\r\n"
                + "Host: localhost\r\nX-Filler: " + "y".repeat(20_000) + "\r\nConnection: close\r\n"))
                .expect(400, "16384"));
        inputs.add(raw("tomcat", "1,000 headers", Payloads.text("GET /api/tenants/humen/tasks HTTP/1.1\r\n"
                + "Host: localhost\r\n" + "X-H: 1234567890123456789\r\n".repeat(1000) + "Connection: close\r\n"))
                .expect(400, "header"));
        inputs.add(raw("tomcat", "150 headers", Payloads.text("GET /api/tenants/humen/tasks HTTP/1.1\r\n"
                + "Host: localhost\r\n" + "X-H: 1\r\n".repeat(150) + "Connection: close\r\n"))
                .expect(400, "100 header"));
        inputs.add(raw("tomcat", "no method", Payloads.text("/api/tenants HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n")).expect(400, "method"));
        inputs.add(raw("tomcat", "control character in the method", Payloads.text("G\u0001T /api HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n")).expect(400, "method"));
        inputs.add(raw("tomcat", "unknown HTTP version", Payloads.text("GET /api HTTP/9.9\r\nHost: localhost\r\n"
                + "Connection: close\r\n")).expect(400, "HTTP/1.1"));
        inputs.add(raw("tomcat", "garbage version", Payloads.text("GET /api HTTQ/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n")).expect(400, "HTTP"));
        inputs.add(raw("tomcat", "header without a colon", Payloads.text("GET /api HTTP/1.1\r\nHost: localhost\r\n"
                + "NoColonHere\r\nConnection: close\r\n")).expect(400, "header"));
        inputs.add(raw("tomcat", "NUL in a header value", Payloads.text("GET /api HTTP/1.1\r\nHost: localhost\r\n"
                + "X-A: a\0b\r\nConnection: close\r\n")).expect(400, "header"));
        inputs.add(raw("tomcat", "two Host headers", Payloads.text("GET /api HTTP/1.1\r\nHost: localhost\r\n"
                + "Host: example.org\r\nConnection: close\r\n")).expect(400, "Host"));
        inputs.add(raw("tomcat", "no Host header", Payloads.text("GET /api HTTP/1.1\r\nConnection: close\r\n"))
                .expect(400, "Host"));
        inputs.add(raw("tomcat", "invalid content length", Payloads.text("POST /api/tenants/humen/subjects HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: -5\r\nConnection: close\r\n"))
                .expect(400, "Content-Length"));
        inputs.add(raw("tomcat", "two content lengths", Payloads.text("POST /api/tenants/humen/subjects HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n"
                + "Connection: close\r\n")).expect(400, "Content-Length"));
        inputs.add(raw("tomcat", "unknown transfer encoding", Payloads.text("POST /api/tenants/humen/subjects HTTP/1.1"
                + "\r\nHost: localhost\r\nTransfer-Encoding: zip\r\nConnection: close\r\n"))
                .expect(400, "Transfer-Encoding"));
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // 双公示 import: CSV bombs, spreadsheets, over-large files

    static final String HEADER = "kind,decision_number,subject_code,subject_name,department,decision_date,"
            + "publication_date,title,legal_basis,severity\n";

    static List<BadInput> imports() {
        List<BadInput> inputs = new ArrayList<>();
        String row = "许可,东市监许〔2025〕1号," + "91441900MA4WDEM100" + ",东莞市虎门测试商行,东莞市市场监督管理局,"
                + "2025-09-30,2025-10-11,食品经营许可,,\n";
        inputs.add(file("import", "empty file", "feed.csv", "text/csv", new byte[0], "file", "empty"));
        inputs.add(file("import", "header only", "feed.csv", "text/csv", Payloads.text(HEADER), "file", "no rows"));
        // GBK and GB18030 files are imported (the charset is detected); bytes valid in neither are refused
        inputs.add(file("import", "a file neither UTF-8 nor GB18030", "feed.csv", "text/csv",
                Payloads.concat(Payloads.text(HEADER + row, Charset.forName("GBK")), new byte[] {(byte) 0xFF,
                        (byte) 0xFF}), "file", "UTF-8", "GB18030", "offset"));
        inputs.add(file("import", "UTF-16 file", "feed.csv", "text/csv",
                Payloads.text(HEADER + row, StandardCharsets.UTF_16), "file", "UTF-8", "offset 0"));
        // a zip is read as an .xlsx workbook whatever its name: bombs are refused before POI parses a part
        inputs.add(file("import", "an xlsx without its relations", "feed.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Payloads.smallXlsx(), "file",
                "xlsx"));
        inputs.add(file("import", "an xlsx bomb (1 GB of zeros zipped)", "feed.csv", "text/csv",
                () -> Payloads.zipBomb("xl/worksheets/sheet1.xml", 1L << 30), "file", "xlsx", "zip bomb"));
        inputs.add(file("import", "an xlsx bomb named .xlsx", "feed.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> Payloads.zipBomb("xl/worksheets/sheet1.xml", 1L << 30), "file", "xlsx", "zip bomb"));
        inputs.add(file("import", "an xlsx of 20,000 parts", "feed.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> {
                    String[] names = new String[20_000];
                    long[] sizes = new long[names.length];
                    for (int i = 0; i < names.length; i++) {
                        names[i] = "xl/p" + i + ".xml";
                        sizes[i] = 1;
                    }
                    return Payloads.zip(names, sizes);
                }, "file", "parts"));
        inputs.add(file("import", "a Windows executable", "feed.csv", "text/csv", Payloads.windowsExecutable(),
                "file"));
        inputs.add(file("import", "NUL bytes", "feed.csv", "text/csv", Payloads.repeat("\0", 4096), "file"));
        inputs.add(file("import", "unclosed quote over 10 MB", "feed.csv", "text/csv",
                () -> Payloads.concat(Payloads.text(HEADER + "许可,\""), Payloads.repeat("x", 10_000_000)), "file",
                "quote", "line 2"));
        inputs.add(file("import", "text after a closing quote", "feed.csv", "text/csv",
                Payloads.text(HEADER + "许可,\"a\"b,c\n"), "file", "line 2"));
        inputs.add(file("import", "200,001 rows", "feed.csv", "text/csv",
                () -> Payloads.concat(Payloads.text(HEADER), Payloads.repeat("a,b,c,d,e,f,g,h,i,j\n", 200_001)),
                "file", "200001 rows", "200000"));
        inputs.add(file("import", "a header of 100,000 columns", "feed.csv", "text/csv", () -> {
            StringBuilder header = new StringBuilder(HEADER.strip());
            for (int i = 0; i < 100_000; i++) {
                header.append(",c").append(i);
            }
            return Payloads.text(header.append('\n').append(row).toString());
        }, "file", "c0"));
        inputs.add(file("import", "a header line of 10 MB", "feed.csv", "text/csv",
                () -> Payloads.concat(Payloads.repeat("k", 10_000_000), Payloads.text("\n" + row)), "file",
                "columns"));
        inputs.add(file("import", "missing columns", "feed.csv", "text/csv",
                Payloads.text("kind,decision_number\n许可,1\n"), "file", "subject_code"));
        inputs.add(file("import", "a duplicated column", "feed.csv", "text/csv",
                Payloads.text(HEADER.strip() + ",title\n" + row.strip() + ",x\n"), "file", "title"));
        inputs.add(file("import", "a script as a column name", "feed.csv", "text/csv",
                Payloads.text(HEADER.strip() + ",<script>alert(1)</script>\n" + row), "file", "unknown"));
        inputs.add(file("import", "only blank lines", "feed.csv", "text/csv", Payloads.repeat("\r\n", 100_000), "file",
                "empty"));
        inputs.add(file("import", "a file of 50 MB and 1 byte", "feed.csv", "text/csv",
                () -> Payloads.concat(Payloads.text(HEADER), Payloads.repeat("x", 50 * 1024 * 1024 + 1
                        - HEADER.length())), 413, "50 MB"));
        inputs.add(post("import", "no file part", IMPORT).as(OFFICER).body(Payloads.multipartType(),
                        Payloads.text("--" + Payloads.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\""
                                + "\r\n\r\nx\r\n--" + Payloads.BOUNDARY + "--\r\n"))
                .expect(400, "file").counting("double_publicity_import"));
        inputs.add(post("import", "a broken multipart body", IMPORT).as(OFFICER).body(Payloads.multipartType(),
                        Payloads.text("--" + Payloads.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\""
                                + "; filename=\"a.csv\"\r\n\r\nkind"))
                .expect(400, "multipart").counting("double_publicity_import"));
        inputs.add(post("import", "multipart without a boundary", IMPORT).as(OFFICER).body("multipart/form-data",
                        Payloads.text("kind,x\n"))
                .expect(400, "multipart").counting("double_publicity_import"));
        inputs.add(post("import", "a broken multipart body with an Idempotency-Key", IMPORT).as(OFFICER)
                .header("Idempotency-Key", "badinput-broken-multipart").body(Payloads.multipartType(),
                        Payloads.text("--" + Payloads.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\""
                                + "; filename=\"a.csv\"\r\n\r\nkind"))
                .expect(400, "multipart").counting("double_publicity_import", "idempotent_request"));
        inputs.add(post("import", "a file of 50 MB and 1 byte with an Idempotency-Key", IMPORT).as(OFFICER)
                .header("Idempotency-Key", "badinput-too-large").body(Payloads.multipartType(),
                        () -> Payloads.multipart("file", "feed.csv", "text/csv", Payloads.concat(Payloads.text(HEADER),
                                Payloads.repeat("x", 50 * 1024 * 1024 + 1 - HEADER.length()))))
                .expect(413, "max-file-size").counting("double_publicity_import", "idempotent_request"));
        inputs.add(post("import", "an Idempotency-Key of 300 characters", IMPORT).as(OFFICER)
                .header("Idempotency-Key", "k".repeat(300)).body(Payloads.multipartType(),
                        Payloads.multipart("file", "feed.csv", "text/csv", Payloads.text(HEADER)))
                .expect(400, "Idempotency-Key").counting("double_publicity_import", "idempotent_request"));
        inputs.add(post("import", "the file as JSON", IMPORT).as(OFFICER).json("{\"file\":\"kind\"}")
                .expect(415, "application/json").counting("double_publicity_import"));
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Case attachments: zip bombs and disguised files

    static List<BadInput> attachments() {
        List<BadInput> inputs = new ArrayList<>();
        byte[] html = Payloads.text("<html><body><script>alert(document.cookie)</script></body></html>");
        byte[] svg = Payloads.text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)"
                + "</script></svg>");
        byte[] pdf = Payloads.text("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        inputs.add(attachment("an .exe renamed .pdf", "invoice.pdf", "application/pdf", Payloads.windowsExecutable(),
                "type-not-allowed"));
        inputs.add(attachment("an .exe renamed .jpg", "photo.jpg", "image/jpeg", Payloads.windowsExecutable(),
                "type-not-allowed"));
        inputs.add(attachment("an .exe named .exe", "setup.exe", "application/octet-stream",
                Payloads.windowsExecutable(), "type-not-allowed"));
        inputs.add(attachment("HTML with script as a .png", "photo.png", "image/png", html, "type-not-allowed"));
        inputs.add(attachment("HTML with script as a .jpg", "photo.jpg", "image/jpeg", html, "type-not-allowed"));
        inputs.add(attachment("SVG with script as a .png", "logo.png", "image/png", svg, "type-not-allowed"));
        inputs.add(attachment("SVG with script as .svg", "logo.svg", "image/svg+xml", svg, "type-not-allowed"));
        inputs.add(attachment("HTML as .html", "page.html", "text/html", html, "type-not-allowed"));
        inputs.add(attachment("a PDF named .png", "scan.png", "image/png", pdf, "type-not-allowed"));
        inputs.add(attachment("a PDF named .pdf.exe", "scan.pdf.exe", "application/pdf", pdf, "type-not-allowed"));
        inputs.add(attachment("a plain zip named .docx", "letter.docx", "application/octet-stream",
                Payloads.zip(new String[] {"a.txt"}, new long[] {10}), "type-not-allowed"));
        inputs.add(attachment("a zip bomb named .docx (1 GB of zeros)", "letter.docx",
                "application/octet-stream", () -> Payloads.zipBomb("word/document.xml", 1L << 30), "unpacks"));
        inputs.add(attachment("an xlsx bomb (1 GB of zeros)", "ledger.xlsx", "application/octet-stream",
                () -> Payloads.zipBomb("xl/worksheets/sheet1.xml", 1L << 30), "unpacks"));
        inputs.add(attachment("a docx of 20,000 parts", "letter.docx", "application/octet-stream", () -> {
            String[] names = new String[20_000];
            long[] sizes = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = "word/p" + i + ".xml";
                sizes[i] = 1;
            }
            return Payloads.zip(names, sizes);
        }, "parts"));
        inputs.add(attachment("an empty file", "empty.pdf", "application/pdf", new byte[0], "empty"));
        inputs.add(attachment("a PDF of 11 MB", "big.pdf", "application/pdf",
                () -> Payloads.concat(pdf, new byte[11 * 1024 * 1024]), "too-large"));
        inputs.add(attachment("a name of 300 characters", "a".repeat(296) + ".pdf", "application/pdf", pdf,
                "invalid-name"));
        inputs.add(attachment("a name with a control character", "a\u0007b.pdf", "application/pdf", pdf,
                "invalid-name"));
        inputs.add(attachment("a name with a right-to-left override (fdp.exe)", "invoice\u202Efdp.exe",
                "application/pdf", pdf, "file"));
        inputs.add(attachment("a name that is only a path", "../../", "application/pdf", pdf, "invalid-name"));
        inputs.add(post("attachment", "attachment on an unknown case", "/api/tenants/humen/cases/no-such-case/"
                + "attachments").as(OFFICER).body(Payloads.multipartType(), Payloads.multipart("file", "a.pdf",
                        "application/pdf", pdf)).expect(404, "no-such-case").counting("case_attachment"));
        return inputs;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static BadInput json(String group, JsonEndpoint endpoint, String label, String body, int status,
                                 String... words) {
        return BadInput.of(group, endpoint.label() + ": " + label, endpoint.method(), endpoint.target())
                .as(endpoint.user()).json(body).expect(status, words).counting(endpoint.table());
    }

    private static BadInput file(String group, String label, String fileName, String type, byte[] content,
                                 String... words) {
        return file(group, label, fileName, type, () -> content, 400, words);
    }

    private static BadInput file(String group, String label, String fileName, String type,
                                 java.util.function.Supplier<byte[]> content, String... words) {
        return file(group, label, fileName, type, content, 400, words);
    }

    private static BadInput file(String group, String label, String fileName, String type,
                                 java.util.function.Supplier<byte[]> content, int status, String... words) {
        return post(group, label, IMPORT).as(OFFICER)
                .body(Payloads.multipartType(), () -> Payloads.multipart("file", fileName, type, content.get()))
                .expect(status, words).counting("double_publicity_import", "double_publicity_entry");
    }

    private static BadInput attachment(String label, String fileName, String type, byte[] content, String word) {
        return attachment(label, fileName, type, () -> content, word);
    }

    private static BadInput attachment(String label, String fileName, String type,
                                       java.util.function.Supplier<byte[]> content, String word) {
        return post("attachment", label, ATTACHMENTS).as(OFFICER)
                .body(Payloads.multipartType(), () -> Payloads.multipart("file", fileName, type, content.get()))
                .expect(400, "file", word).counting("case_attachment");
    }

    static String freshCode() {
        return codes.next("441900").value();
    }

    static String subjectBody(String code, String name) {
        return "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}";
    }

    static String recordBody(String decisionDate) {
        return "{\"kind\":\"LICENCE\",\"department\":\"东莞市市场监督管理局\",\"decisionDate\":" + decisionDate
                + ",\"title\":\"行政许可\",\"summary\":\"摘要\"}";
    }

    /** The GB 32100 check character of 17 characters. */
    static char check(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return alphabet.charAt(check == 31 ? 0 : check);
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
