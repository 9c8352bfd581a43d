package com.credittown.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migration to one city-wide credit archive (change sets labelled {@code city-archive}) on a real PostgreSQL
 * database that holds what the per-tenant archive allowed: the same company registered by 虎门 and by 长安, the same
 * natural person registered by both, with records, a 双公示 entry and an issued credit report pointing at the
 * duplicates. After the migration there is one subject per code and per person, everything points at it, and what
 * the merged subjects held is kept in credit_subject_merge: nothing is lost.
 */
class CityArchiveMigrationIntegrationTest {

    private static final String DATABASE = "credittown_migration_test"
            + System.getenv().getOrDefault("CT_TEST_DB_SUFFIX", "");
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CT_PG_PORT",
            "5432") + "/";
    private static final String CODE = "91441900MA4WDEM100";
    private static final String OTHER_CODE = "91441900MA4WDEM025";

    @BeforeAll
    static void freshDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE);
            sql.execute("create database " + DATABASE);
        }
    }

    @Test
    void duplicatesAcrossTenantsBecomeOneSubjectAndNothingIsLost() throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
            DataSource source = new SingleConnectionDataSource(connection, true);
            JdbcTemplate jdbc = new JdbcTemplate(source);
            Liquibase liquibase = liquibase(connection);
            liquibase.update(new Contexts(), new LabelExpression("!city-archive"));

            tenant(jdbc, "humen", "虎门镇");
            tenant(jdbc, "changan", "长安镇");
            long humenCompany = subject(jdbc, "humen", "MARKET_ENTITY", CODE, "东莞市演示贸易有限公司", "A", 100);
            long changanCompany = subject(jdbc, "changan", "MARKET_ENTITY", CODE, "东莞市演示贸易有限公司（长安登记）", "D",
                    60);
            long changanOther = subject(jdbc, "changan", "MARKET_ENTITY", OTHER_CODE, "东莞市另一家有限公司", "A", 100);
            long humenPerson = subject(jdbc, "humen", "NATURAL_PERSON", null, "张*", "A", 100);
            long changanPerson = subject(jdbc, "changan", "NATURAL_PERSON", null, "张*", "B", 85);
            person(jdbc, "humen", humenPerson, "hash-of-the-same-id-number", "cipher-humen");
            person(jdbc, "changan", changanPerson, "hash-of-the-same-id-number", "cipher-changan");
            long humenRecord = record(jdbc, "humen", humenCompany, "LICENCE", null, "食品经营许可");
            long changanRecord = record(jdbc, "changan", changanCompany, "PENALTY", "SEVERE", "严重违法行政处罚");
            long personRecord = record(jdbc, "changan", changanPerson, "DISHONESTY", "GENERAL", "拖欠工资");
            long importId = jdbc.queryForObject("insert into double_publicity_import (tenant_id, file_name, actor,"
                    + " state, rows_total, rows_processed, imported, unchanged, rejected, started_at, updated_at)"
                    + " values ('changan', 'p.csv', 'officer', 'DONE', 1, 1, 1, 0, 0, now(), now()) returning id",
                    Long.class);
            jdbc.update("insert into double_publicity_entry (tenant_id, import_id, kind, decision_number, subject_code,"
                    + " subject_id, record_id, subject_name, department, title, severity, decision_date,"
                    + " publication_date, working_days, on_time, calendar_flagged, imported_at) values ('changan', ?,"
                    + " 'PENALTY', '东长市监罚〔2026〕1号', ?, ?, ?, '东莞市演示贸易有限公司', '长安市场监管', '严重违法行政处罚',"
                    + " 'SEVERE', date '2026-11-02', date '2026-11-03', 1, true, false, now())",
                    importId, CODE, changanCompany, changanRecord);
            jdbc.update("insert into credit_report (code, tenant_id, tenant_name, subject_id, subject_name, issued_at,"
                    + " issued_by, period_first_day, period_last_day, no_violation, sm3, size_bytes) values"
                    + " ('ABCDEFGH12345678', 'changan', '长安镇', ?, '东莞市演示贸易有限公司', now(), 'officer',"
                    + " date '2023-11-27', date '2026-11-26', false, 'sm3', 100)", changanCompany);

            liquibase.update(new Contexts(), new LabelExpression());

            // one subject per code: the first registration survives, registered by its tenant
            assertThat(jdbc.queryForList("select id, registered_by, name from credit_subject where code = ?", CODE))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("id")).isEqualTo(humenCompany);
                        assertThat(row.get("registered_by")).isEqualTo("humen");
                    });
            assertThat(jdbc.queryForObject("select id from credit_subject where code = ?", Long.class, OTHER_CODE))
                    .isEqualTo(changanOther);
            // one subject per person, and both towns that registered the person keep reading it
            assertThat(jdbc.queryForList("select subject_id from person_identity", Long.class))
                    .containsExactly(humenPerson);
            assertThat(jdbc.queryForList("select tenant_id from credit_subject_reader where subject_id = ? order by"
                    + " tenant_id", String.class, humenPerson)).containsExactly("changan", "humen");
            // every record kept, pointing at the surviving subject, still owned by the town that recorded it
            assertThat(jdbc.queryForList("select id, subject_id, owner_tenant from credit_record order by id"))
                    .extracting(row -> List.of(row.get("id"), row.get("subject_id"), row.get("owner_tenant")))
                    .containsExactly(List.of(humenRecord, humenCompany, "humen"),
                            List.of(changanRecord, humenCompany, "changan"),
                            List.of(personRecord, humenPerson, "changan"));
            assertThat(jdbc.queryForObject("select subject_id from double_publicity_entry", Long.class))
                    .isEqualTo(humenCompany);
            assertThat(jdbc.queryForObject("select subject_id from credit_report", Long.class))
                    .isEqualTo(humenCompany);
            // what the merged subjects were is kept, the person's encrypted identity included
            Map<String, Object> mergedCompany = jdbc.queryForMap("select * from credit_subject_merge where old_id = ?",
                    changanCompany);
            assertThat(mergedCompany).containsEntry("new_id", humenCompany).containsEntry("old_registered_by", "changan")
                    .containsEntry("name", "东莞市演示贸易有限公司（长安登记）").containsEntry("grade", "D");
            assertThat(jdbc.queryForMap("select * from credit_subject_merge where old_id = ?", changanPerson))
                    .containsEntry("new_id", humenPerson).containsEntry("person_id_number_cipher", "cipher-changan");
            assertThat(jdbc.queryForObject("select count(*) from credit_subject", Long.class)).isEqualTo(3);
            // the index follows: the merged subjects' documents go, every subject and record is indexed again
            assertThat(jdbc.queryForList("select doc_id from search_outbox where operation = 'DELETE' order by doc_id",
                    String.class)).containsExactlyInAnyOrder(Long.toString(changanCompany),
                    Long.toString(changanPerson));
            assertThat(jdbc.queryForObject("select count(*) from search_outbox where operation = 'UPSERT'",
                    Long.class)).isEqualTo(3 + 3);
            // the schema now refuses a second subject with the same code, whichever tenant registers it
            assertThat(jdbc.queryForList("select indexdef from pg_indexes where indexname = 'ux_credit_subject_code'",
                    String.class)).singleElement().asString().contains("UNIQUE").contains("(code)");
        }
    }

    private static Liquibase liquibase(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(connection));
        return new Liquibase("db/test-master.yaml", new ClassLoaderResourceAccessor(), database);
    }

    private static void tenant(JdbcTemplate jdbc, String code, String name) {
        jdbc.update("insert into tenant (code, name_zh, kind, provisioned_at) values (?, ?, 'TOWN', now())", code,
                name);
    }

    private static long subject(JdbcTemplate jdbc, String tenant, String kind, String code, String name, String grade,
                                int score) {
        return jdbc.queryForObject("insert into credit_subject (tenant_id, version, kind, code, name, grade, score,"
                + " created_at) values (?, 0, ?, ?, ?, ?, ?, now()) returning id", Long.class, tenant, kind, code, name,
                grade, score);
    }

    private static void person(JdbcTemplate jdbc, String tenant, long subject, String hash, String cipher) {
        jdbc.update("insert into person_identity (tenant_id, subject_id, id_number_hash, id_number_cipher,"
                + " id_number_masked, name_cipher) values (?, ?, ?, ?, '441900********123X', 'name-cipher')", tenant,
                subject, hash, cipher);
    }

    private static long record(JdbcTemplate jdbc, String tenant, long subject, String kind, String severity,
                               String title) {
        return jdbc.queryForObject("insert into credit_record (tenant_id, version, subject_id, kind, severity,"
                + " department, decision_date, legal_basis, title, state, recorded_at, recorded_by) values (?, 0, ?, ?,"
                + " ?, '市场监管', date '2026-11-02', '《条例》', ?, 'PUBLISHED', now(), 'officer') returning id",
                Long.class, tenant, subject, kind, severity, title);
    }
}
