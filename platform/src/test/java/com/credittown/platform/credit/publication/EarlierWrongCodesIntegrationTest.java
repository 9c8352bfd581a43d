package com.credittown.platform.credit.publication;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.credittown.platform.credit.CreditRestFixture;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.uscc.UsccGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A row an import rejected for its wrong code before the code clean-up report (重错码清理, plan (二)) existed is in the
 * report once the earlier imports are brought in: as its town's item only, naming its import and row, and once however
 * often the bringing-in runs; the bringing-in is a one-off, a second start scans nothing. A row the import reported
 * itself is not reported again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EarlierWrongCodesIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EarlierWrongCodes earlier;

    private CreditRestFixture fixture;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
        fixture = new CreditRestFixture(mvc, json);
    }

    /** The findings of this wrong code in the items the reader sees on the path. */
    private List<JsonNode> findings(String path, RequestPostProcessor user, String code) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : fixture.items(path, user)) {
            for (JsonNode finding : item.get("findings")) {
                if (finding.get("value").asText().equals(code)) {
                    found.add(finding);
                }
            }
        }
        return found;
    }

    private long importRejecting(String code, String department) throws Exception {
        String csv = "kind,decision_number,subject_code,subject_name,department,decision_date,publication_date,title\r\n"
                + "LICENCE,虎早错〔" + System.nanoTime() + "〕1号," + code + ",东莞市早期错码有限公司," + department
                + ",2025-10-09,2025-10-10,食品经营许可\r\n";
        return fixture.imported("humen", "earlier.csv", csv);
    }

    /**
     * The database as it was for an import that ran before the report existed: its rejected row and the row's values
     * stored, nothing in the report, the error not marked reported (the column's default for every earlier error).
     */
    private void asBeforeTheReport(long jobId, String department) {
        String reference = "import " + jobId + " row 2";
        jdbc.update("delete from code_observation where owner_tenant = 'humen' and reference = ?", reference);
        jdbc.update("delete from code_cleanup_item where owner_tenant = 'humen' and group_label = ?", department);
        assertThat(jdbc.update("update double_publicity_import_error set code_reported = false"
                + " where tenant_id = 'humen' and import_id = ? and column_name = 'subject_code'", jobId)).isEqualTo(1);
    }

    /** As the upgrade left a database holding such errors: the town's earlier imports wait to be brought in. */
    private void humenPending() {
        jdbc.update("delete from code_cleanup_earlier_import where tenant_id = 'humen'");
        jdbc.update("insert into code_cleanup_earlier_import (tenant_id) values ('humen')");
    }

    private boolean humenStillPending() {
        return jdbc.queryForObject("select count(*) from code_cleanup_earlier_import where tenant_id = 'humen'",
                Integer.class) > 0;
    }

    @Test
    void aRowRefusedBeforeTheReportExistedIsReportedOnceAsItsTownsItem() throws Exception {
        String wrong = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        String department = "虎门镇早期导入分局" + System.nanoTime();
        long jobId = importRejecting(wrong, department);
        asBeforeTheReport(jobId, department);
        assertThat(findings("/api/tenants/humen/code-cleanup?kind=WRONG_CODE", officerOf("humen"), wrong))
                .as("before the earlier imports are brought in").isEmpty();

        humenPending();

        assertThat(earlier.reportEveryTenant()).isGreaterThanOrEqualTo(1);
        assertThat(humenStillPending()).as("the town's bringing-in is done for good").isFalse();
        String later = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        String laterDepartment = "虎门镇早期导入分局" + System.nanoTime();
        asBeforeTheReport(importRejecting(later, laterDepartment), laterDepartment);
        assertThat(earlier.reportEveryTenant()).as("a second start scans nothing").isZero();
        assertThat(findings("/api/tenants/humen/code-cleanup?kind=WRONG_CODE", officerOf("humen"), later))
                .as("an earlier-looking error left after the one-off is not looked for").isEmpty();

        List<JsonNode> seen = findings("/api/tenants/humen/code-cleanup?kind=WRONG_CODE", officerOf("humen"), wrong);
        assertThat(seen).as("once, however often it runs").hasSize(1);
        assertThat(seen.get(0).get("count").asInt()).isEqualTo(1);
        assertThat(seen.get(0).get("seenIn").asText()).isEqualTo("import " + jobId + " row 2");
        JsonNode item = fixture.items("/api/tenants/humen/code-cleanup?kind=WRONG_CODE", officerOf("humen")).stream()
                .filter(i -> department.equals(i.path("group").asText())).findFirst().orElseThrow();
        assertThat(item.get("source").asText()).isEqualTo("IMPORT");
        assertThat(item.get("occurrences").asInt()).isEqualTo(1);
        assertThat(findings("/api/tenants/changan/code-cleanup?kind=WRONG_CODE", officerOf("changan"), wrong))
                .as("another town's report").isEmpty();
        assertThat(findings("/api/city/code-cleanup?tenant=humen&kind=WRONG_CODE", cityOffice(), wrong)).hasSize(1);
    }

    @Test
    void aRowTheImportReportedItselfIsNotReportedAgain() throws Exception {
        String wrong = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        importRejecting(wrong, "虎门镇当期导入分局" + System.nanoTime());
        assertThat(findings("/api/tenants/humen/code-cleanup?kind=WRONG_CODE", officerOf("humen"), wrong)).hasSize(1);
        humenPending();

        earlier.reportEveryTenant();

        List<JsonNode> seen = findings("/api/tenants/humen/code-cleanup?kind=WRONG_CODE", officerOf("humen"), wrong);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("count").asInt()).isEqualTo(1);
    }
}
