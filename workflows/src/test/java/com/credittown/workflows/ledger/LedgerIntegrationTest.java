package com.credittown.workflows.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.publication.DoublePublicityImport;
import com.credittown.platform.credit.publication.ImportJobView;
import com.credittown.platform.credit.publication.ImportSource;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.DistrictShop;
import com.credittown.workflows.district.DistrictShops;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.district.ShopSupervision;
import com.credittown.workflows.keytask.KeyTaskLedger;
import com.credittown.workflows.keytask.KeyTaskUpdate;
import com.credittown.workflows.keytask.NewKeyTask;
import com.credittown.workflows.rectification.RectificationCases;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.NominationStatus;
import com.credittown.workflows.star.StarRound;
import com.credittown.workflows.supervision.NewSupervision;
import com.credittown.workflows.supervision.SupervisionService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledgers over a known data set in three fresh tenants (codes new on each run, so every count is exact): A has
 * data in every feature, made through the real processes with the engine clock moved through September and October
 * 2025 (across the National Day holiday), B a little, C nothing. Every figure is asserted for each tenant and period,
 * and neither tenant's data shows in another's figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final String SUFFIX = Integer.toString(100000 + new Random().nextInt(900000));
    static final TenantId A = new TenantId("ledgera" + SUFFIX);
    static final TenantId B = new TenantId("ledgerb" + SUFFIX);
    static final TenantId C = new TenantId("ledgerc" + SUFFIX);
    private static boolean built;

    @Autowired
    TenantDirectory directory;
    @Autowired
    List<TenantProvisioningStep> steps;
    @Autowired
    CaseService cases;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    DoublePublicityImport imports;
    @Autowired
    IntegrityStarSelection stars;
    @Autowired
    RectificationCases rectifications;
    @Autowired
    PlatformClock clock;
    @Autowired
    LedgerService ledgers;
    @Autowired
    DistrictService districts;
    @Autowired
    DistrictShops shops;
    @Autowired
    ShopSupervision supervision;
    @Autowired
    SupervisionService cityOffice;
    @Autowired
    KeyTaskLedger keyTasks;
    @Autowired
    MockMvc mvc;
    @Autowired
    com.credittown.workflows.template.TemplateLibrary library;

    @BeforeEach
    void buildTheDataSetOnce() {
        if (!built) {
            try {
                build();
            } finally {
                clock.reset();
            }
            built = true;
        }
    }

    // ------------------------------------------------------------------ figures

    @Test
    void tenantAFiguresForEachPeriod() {
        TenantLedger september = ledgerOf(A, "2025-09");
        assertThat(september.tenantName()).isEqualTo("台账甲镇");
        assertThat(september.doublePublicity()).isEqualTo(
                new TenantLedger.DoublePublicity(3, 2, 1, 0, new BigDecimal("0.6667"), new BigDecimal("0.6667"),
                        15, new BigDecimal("5.00")));
        assertThat(september.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(2, 2, 0));
        assertThat(september.commitments()).isEqualTo(new TenantLedger.Commitments(2, 1, 1));
        assertThat(september.repairs()).isEqualTo(new TenantLedger.Repairs(3, 1, 0, 2));
        assertThat(september.starsSelected()).isZero();
        assertThat(september.rectifications()).isEqualTo(new TenantLedger.Rectifications(1, 1, 1));
        // a mall and a street; four shops admitted, one removed; S1 red (3 substantiated complaints), S2 yellow
        assertThat(september.districts()).isEqualTo(new TenantLedger.Districts(2, 1, 1, 0, 3, 4, 1, 1, 1, 1));
        // two notices on 09-26: one due 10-10 (answered 10-09), one due Sunday 09-28 (a working day), never answered
        assertThat(september.supervision()).isEqualTo(new TenantLedger.Supervision(2, 0, 0, 2, 1));
        // two key tasks assigned 09-26: K1 due 09-30 in progress (overdue by 10-01), K2 due 12-31 not started
        assertThat(september.keyTasks()).isEqualTo(new TenantLedger.KeyTasks(2, 1, 0, 0, 1));
        assertThat(ledgerOf(A, "2025-08").keyTasks()).isEqualTo(new TenantLedger.KeyTasks(0, 0, 0, 0, 0));

        TenantLedger q3 = ledgerOf(A, "2025-Q3");
        assertThat(q3.period()).isEqualTo("2025-Q3");
        assertThat(q3.doublePublicity()).isEqualTo(
                new TenantLedger.DoublePublicity(4, 3, 1, 0, new BigDecimal("0.7500"), new BigDecimal("0.7500"),
                        15, new BigDecimal("3.75")));
        assertThat(q3.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(1, 2, 1));
        assertThat(q3.commitments()).isEqualTo(new TenantLedger.Commitments(2, 1, 1));
        assertThat(q3.repairs()).isEqualTo(new TenantLedger.Repairs(3, 1, 0, 2));
        assertThat(q3.starsSelected()).isZero();
        assertThat(q3.rectifications()).isEqualTo(new TenantLedger.Rectifications(1, 1, 1));
        assertThat(q3.districts()).isEqualTo(new TenantLedger.Districts(2, 1, 1, 0, 3, 4, 1, 1, 1, 1));
        assertThat(q3.supervision()).isEqualTo(new TenantLedger.Supervision(2, 0, 0, 2, 1));
        assertThat(q3.keyTasks()).isEqualTo(new TenantLedger.KeyTasks(2, 1, 0, 0, 1));
        assertThat(q3.pending()).isEmpty();

        TenantLedger q4 = ledgerOf(A, "2025-Q4");
        assertThat(q4.doublePublicity()).isEqualTo(
                new TenantLedger.DoublePublicity(1, 0, 1, 0, new BigDecimal("0.0000"), new BigDecimal("0.0000"),
                        8, new BigDecimal("8.00")));
        assertThat(q4.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(2, 3, 1));
        assertThat(q4.commitments()).isEqualTo(new TenantLedger.Commitments(0, 1, 0));
        assertThat(q4.repairs()).isEqualTo(new TenantLedger.Repairs(0, 0, 1, 1));
        assertThat(q4.starsSelected()).isEqualTo(1);
        assertThat(q4.rectifications()).isEqualTo(new TenantLedger.Rectifications(1, 0, 1));
        // a market added, S5 admitted; the September complaints have left the 90-day rating period by 31 Dec
        assertThat(q4.districts()).isEqualTo(new TenantLedger.Districts(3, 1, 1, 1, 4, 1, 0, 0, 0, 4));
        assertThat(q4.supervision()).isEqualTo(new TenantLedger.Supervision(0, 1, 0, 1, 1));
        // K2 done on 10-09; K1 still in progress, overdue
        assertThat(q4.keyTasks()).isEqualTo(new TenantLedger.KeyTasks(2, 0, 0, 1, 1));
        // the rating is as of the period's last day, not the shop's stored rating of today
        assertThat(ledgerOf(A, "2025-10").districts()).isEqualTo(
                new TenantLedger.Districts(3, 1, 1, 1, 4, 1, 0, 1, 1, 2));

        TenantLedger year = ledgerOf(A, "2025");
        assertThat(year.doublePublicity()).isEqualTo(
                new TenantLedger.DoublePublicity(5, 3, 2, 0, new BigDecimal("0.6000"), new BigDecimal("0.6000"),
                        23, new BigDecimal("4.60")));
        assertThat(year.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(0, 3, 3));
        assertThat(year.commitments()).isEqualTo(new TenantLedger.Commitments(2, 2, 1));
        assertThat(year.repairs()).isEqualTo(new TenantLedger.Repairs(3, 1, 1, 1));
        assertThat(year.starsSelected()).isEqualTo(1);
        assertThat(year.rectifications()).isEqualTo(new TenantLedger.Rectifications(1, 1, 1));
        assertThat(year.districts()).isEqualTo(new TenantLedger.Districts(3, 1, 1, 1, 4, 5, 1, 0, 0, 4));
        assertThat(year.supervision()).isEqualTo(new TenantLedger.Supervision(2, 1, 0, 1, 1));
        assertThat(year.keyTasks()).isEqualTo(new TenantLedger.KeyTasks(2, 0, 0, 1, 1));
        // before the first district existed
        assertThat(ledgerOf(A, "2025-08").districts()).isEqualTo(
                new TenantLedger.Districts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void tenantBSeesOnlyItsOwnDataAndTenantCNone() {
        TenantLedger q3 = ledgerOf(B, "2025-Q3");
        assertThat(q3.doublePublicity()).isEqualTo(
                new TenantLedger.DoublePublicity(1, 1, 0, 0, new BigDecimal("1.0000"), new BigDecimal("1.0000"),
                        4, new BigDecimal("4.00")));
        assertThat(q3.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(0, 1, 1));
        assertThat(q3.commitments()).isEqualTo(new TenantLedger.Commitments(1, 1, 0));
        assertThat(q3.repairs()).isEqualTo(new TenantLedger.Repairs(0, 0, 0, 0));
        assertThat(q3.starsSelected()).isZero();
        assertThat(q3.rectifications()).isEqualTo(new TenantLedger.Rectifications(1, 0, 1));
        assertThat(q3.districts()).isEqualTo(new TenantLedger.Districts(1, 0, 0, 1, 1, 1, 0, 0, 0, 1));
        assertThat(q3.supervision()).isEqualTo(new TenantLedger.Supervision(0, 0, 0, 0, 0));
        assertThat(q3.keyTasks()).isEqualTo(new TenantLedger.KeyTasks(0, 0, 0, 0, 0));

        TenantLedger q4 = ledgerOf(B, "2025-Q4");
        assertThat(q4.districts()).isEqualTo(new TenantLedger.Districts(1, 0, 0, 1, 1, 0, 0, 0, 0, 1));
        assertThat(q4.doublePublicity()).isEqualTo(new TenantLedger.DoublePublicity(0, 0, 0, 0, null, null, 0, null));
        assertThat(q4.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(1, 1, 0));
        assertThat(q4.commitments()).isEqualTo(new TenantLedger.Commitments(0, 0, 0));
        assertThat(q4.rectifications()).isEqualTo(new TenantLedger.Rectifications(1, 0, 1));

        for (String period : List.of("2025-09", "2025-Q3", "2025-Q4", "2025")) {
            TenantLedger empty = ledgerOf(C, period);
            assertThat(empty.doublePublicity()).isEqualTo(new TenantLedger.DoublePublicity(0, 0, 0, 0, null, null, 0, null));
            assertThat(empty.severeDishonesty()).isEqualTo(new TenantLedger.SevereDishonesty(0, 0, 0));
            assertThat(empty.commitments()).isEqualTo(new TenantLedger.Commitments(0, 0, 0));
            assertThat(empty.repairs()).isEqualTo(new TenantLedger.Repairs(0, 0, 0, 0));
            assertThat(empty.starsSelected()).isZero();
            assertThat(empty.rectifications()).isEqualTo(new TenantLedger.Rectifications(0, 0, 0));
            assertThat(empty.districts()).isEqualTo(new TenantLedger.Districts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            assertThat(empty.supervision()).isEqualTo(new TenantLedger.Supervision(0, 0, 0, 0, 0));
            assertThat(empty.keyTasks()).isEqualTo(new TenantLedger.KeyTasks(0, 0, 0, 0, 0));
        }
    }

    @Test
    void theCityLedgerComputesEachTenantInItsOwnContextSortedByCodeWithTotals() {
        CityLedger city = ledgers.ofCity(LedgerPeriod.parse("2025-Q3"));

        assertThat(city.periodName()).isEqualTo("2025年第三季度");
        assertThat(city.firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(city.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        List<String> codes = city.tenants().stream().map(TenantLedger::tenant).toList();
        assertThat(codes).isSorted().contains(A.code(), B.code(), C.code());
        assertThat(rowOf(city, A)).isEqualTo(ledgerOf(A, "2025-Q3"));
        assertThat(rowOf(city, B)).isEqualTo(ledgerOf(B, "2025-Q3"));
        assertThat(rowOf(city, C)).isEqualTo(ledgerOf(C, "2025-Q3"));

        TenantLedger total = city.total();
        assertThat(total.tenantName()).isEqualTo("合计");
        long publicity = city.tenants().stream().mapToLong(l -> l.doublePublicity().total()).sum();
        long onTime = city.tenants().stream().mapToLong(l -> l.doublePublicity().onTime()).sum();
        assertThat(total.doublePublicity().total()).isEqualTo(publicity).isGreaterThanOrEqualTo(5);
        assertThat(total.doublePublicity().onTime()).isEqualTo(onTime);
        assertThat(total.doublePublicity().compliantRate())
                .isEqualByComparingTo(BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(publicity), 4,
                        java.math.RoundingMode.HALF_UP));
        assertThat(total.commitments().signed())
                .isEqualTo(city.tenants().stream().mapToLong(l -> l.commitments().signed()).sum());
        assertThat(total.rectifications().openAtEnd())
                .isEqualTo(city.tenants().stream().mapToLong(l -> l.rectifications().openAtEnd()).sum());
        assertThat(total.districts().memberShopsAtEnd())
                .isEqualTo(city.tenants().stream().mapToLong(l -> l.districts().memberShopsAtEnd()).sum())
                .isGreaterThanOrEqualTo(4);
        assertThat(total.districts().shopsRed())
                .isEqualTo(city.tenants().stream().mapToLong(l -> l.districts().shopsRed()).sum());
    }

    // ------------------------------------------------------------------ REST

    @Test
    void anOfficerReadsTheirTenantsLedgerButNotAnothersNorTheCitys() throws Exception {
        mvc.perform(get("/api/tenants/{tenant}/ledger", A.code()).param("period", "2025-Q3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(A.code()))
                .andExpect(jsonPath("$.period").value("2025-Q3"))
                .andExpect(jsonPath("$.doublePublicity.total").value(4))
                .andExpect(jsonPath("$.doublePublicity.compliantRate").value(0.75))
                .andExpect(jsonPath("$.severeDishonesty.change").value(1))
                .andExpect(jsonPath("$.repairs.openAtEnd").value(2))
                .andExpect(jsonPath("$.districts.memberShopsAtEnd").value(3))
                .andExpect(jsonPath("$.districts.shopsRed").value(1))
                .andExpect(jsonPath("$.pending").isEmpty());

        mvc.perform(get("/api/tenants/{tenant}/ledger", A.code()).param("period", "2025-Q3")
                        .with(TestUsers.officerOf(B.code())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/city/ledgers").param("period", "2025-Q3").with(TestUsers.officerOf(A.code())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/ledgers.xlsx").param("period", "2025-Q3").with(TestUsers.officerOf(A.code())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadPeriodIsA400NamingTheField() throws Exception {
        for (String bad : List.of("2025-13", "2025-Q5", "Q3", "1999")) {
            mvc.perform(get("/api/tenants/{tenant}/ledger", A.code()).param("period", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("period"));
        }
        mvc.perform(get("/api/tenants/{tenant}/ledger", A.code()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        mvc.perform(get("/api/city/ledgers.xlsx").param("period", "2025-Q9").with(TestUsers.cityOffice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void theCityOfficeReadsEveryTenantsLedger() throws Exception {
        mvc.perform(get("/api/city/ledgers").param("period", "2025-q3").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025-Q3"))
                .andExpect(jsonPath("$.tenants[?(@.tenant == '" + A.code() + "')].doublePublicity.total").value(4))
                .andExpect(jsonPath("$.tenants[?(@.tenant == '" + B.code() + "')].commitments.signed").value(1))
                .andExpect(jsonPath("$.total.tenantName").value("合计"));
        // the city office may read one tenant's ledger too
        mvc.perform(get("/api/tenants/{tenant}/ledger", B.code()).param("period", "2025-Q3")
                        .with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(B.code()))
                .andExpect(jsonPath("$.severeDishonesty.atEnd").value(1));
    }

    @Test
    void theSpreadsheetReadsBackWithHeadersTenantRowsAndTotals() throws Exception {
        byte[] body = mvc.perform(get("/api/city/ledgers.xlsx").param("period", "2025-Q3").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(LedgerSpreadsheet.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("ledgers-2025-Q3.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        CityLedger city = ledgers.ofCity(LedgerPeriod.parse("2025-Q3"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheet("考核台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("2025年第三季度").contains("2025-07-01").contains("2025-09-30");
            Row header = sheet.getRow(1);
            assertThat(header.getLastCellNum()).isEqualTo((short) LedgerSpreadsheet.HEADERS.size());
            for (int c = 0; c < LedgerSpreadsheet.HEADERS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(LedgerSpreadsheet.HEADERS.get(c));
            }
            assertThat(LedgerSpreadsheet.HEADERS).startsWith("镇街", "双公示总数", "按时", "逾期", "数据总体达标率");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(10 * 256);

            // one row per tenant in code order, then the totals
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + city.tenants().size() + 1);
            int rowA = 2 + city.tenants().stream().map(TenantLedger::tenant).toList().indexOf(A.code());
            Row a = sheet.getRow(rowA);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo("台账甲镇");
            assertThat(numbers(a, 1, 20)).containsExactly(4d, 3d, 1d, 0.75d, 3.75d, 1d, 2d, 1d, 2d, 1d, 1d, 3d, 1d,
                    0d, 2d, 0d, 1d, 1d, 1d);
            assertThat(LedgerSpreadsheet.HEADERS).endsWith("诚信商圈", "诚信街区", "诚信市场", "入驻商户（期末）", "本期入驻",
                    "本期移出", "红色商户", "黄色商户", "绿色商户", "收到督办通知", "督办按期办结", "督办逾期办结",
                    "督办未办结（期末）", "督办逾期未办（期末）", "重点任务（期末）", "重点任务未开始", "重点任务推进中", "重点任务已完成",
                    "重点任务已逾期");
            assertThat(a.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(numbers(a, 20, 29)).containsExactly(1d, 1d, 0d, 3d, 4d, 1d, 1d, 1d, 1d);
            assertThat(numbers(a, 29, 34)).containsExactly(2d, 0d, 0d, 2d, 1d);
            assertThat(numbers(a, 34, 39)).containsExactly(2d, 1d, 0d, 0d, 1d);
            Row c = sheet.getRow(2 + city.tenants().stream().map(TenantLedger::tenant).toList().indexOf(C.code()));
            assertThat(c.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);

            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo((double) city.total().doublePublicity().total());
            double sum = 0;
            for (int r = 2; r < sheet.getLastRowNum(); r++) {
                sum += sheet.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(sum);
            assertThat(total.getCell(4).getNumericCellValue())
                    .isEqualTo(city.total().doublePublicity().compliantRate().doubleValue());
        }
    }

    @Test
    void theSpreadsheetFollowsTheReadersLanguageChineseByDefault() throws Exception {
        int rowA = 2 + ledgers.ofCity(LedgerPeriod.parse("2025-Q3")).tenants().stream().map(TenantLedger::tenant)
                .toList().indexOf(A.code());
        // asked for English: by the lang parameter, or by a browser preferring English
        for (var request : List.of(
                get("/api/city/ledgers.xlsx").param("period", "2025-Q3").param("lang", "en"),
                get("/api/city/ledgers.xlsx").param("period", "2025-Q3").header("Accept-Language", "en-GB,en;q=0.9"))) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(
                    request.with(TestUsers.cityOffice())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray()))) {
                assertThat(workbook.getSheet("考核台账")).isNull();
                Sheet sheet = workbook.getSheet("Assessment ledger");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .startsWith("Dongguan social credit system assessment ledger").contains("2025-Q3")
                        .doesNotContainPattern("\\p{IsHan}");
                List<String> headers = new ArrayList<>();
                sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers).hasSize(LedgerSpreadsheet.HEADERS.size())
                        .startsWith("Town", "Double publicity: decisions", "Published on time", "Published late",
                                "Overall data quality rate")
                        .allSatisfy(h -> assertThat(h).isNotBlank().doesNotContainPattern("\\p{IsHan}"));
                assertThat(sheet.getRow(rowA).getCell(0).getStringCellValue()).isEqualTo("Ledger Town A");
                assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Total");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
            }
        }
        // Chinese by default and when asked for
        for (var request : List.of(get("/api/city/ledgers.xlsx").param("period", "2025-Q3"),
                get("/api/city/ledgers.xlsx").param("period", "2025-Q3").param("lang", "zh"),
                get("/api/city/ledgers.xlsx").param("period", "2025-Q3").header("Accept-Language", "zh-CN,en;q=0.5"))) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(
                    request.with(TestUsers.cityOffice())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray()))) {
                Sheet sheet = workbook.getSheet("考核台账");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("镇街");
                assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("按时");
                assertThat(sheet.getRow(rowA).getCell(0).getStringCellValue()).isEqualTo("台账甲镇");
                assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
            }
        }
    }

    // ------------------------------------------------------------------ the data set

    private void build() {
        register(A, "台账甲镇", "Ledger Town A");
        register(B, "台账乙镇", "Ledger Town B");
        register(C, "台账丙镇", "Ledger Town C");

        // 政务失信: three cases opened Monday 2025-09-01; A's first is closed on 09-10, the others miss the plan
        // deadline (Mon 09-15) and are overdue from Tue 09-16
        moveTo(2025, 9, 1, 10, 0);
        String r1 = as(A, () -> cases.start("government-rectification", "officer-a", rectificationForm()));
        String r2 = as(A, () -> cases.start("government-rectification", "officer-a", rectificationForm()));
        String r3 = as(B, () -> cases.start("government-rectification", "officer-a", rectificationForm()));
        // districts: A a mall and a street with four shops, B a market with one
        District mall = district(A, "国贸中心", "MALL");
        District street = district(A, "中山路", "STREET");
        District market = district(B, "茶叶批发市场", "MARKET");
        DistrictShop s1 = admit(A, mall, "一号店");
        DistrictShop s2 = admit(A, mall, "二号店");
        DistrictShop s3 = admit(A, mall, "三号店");
        admit(A, street, "四号店");
        admit(B, market, "乙一号店");
        complete(A, r1, "officer-a", Map.of("plan", "30日内清偿全部欠款", "planContact", "王科长"));
        moveTo(2025, 9, 10, 9, 0);
        as(A, () -> {
            supervision.recordComplaint(s1.id(), LocalDate.of(2025, 9, 5), true, "缺斤少两", "officer-a");
            supervision.recordComplaint(s1.id(), LocalDate.of(2025, 9, 10), true, "价格欺诈", "officer-a");
            supervision.recordComplaint(s2.id(), LocalDate.of(2025, 9, 10), true, "未明码标价", "officer-a");
            supervision.recordComplaint(s2.id(), LocalDate.of(2025, 9, 10), false, "查无实据", "officer-a");
            return null;
        });
        complete(A, r1, "officer-a", Map.of("evidence", "付款凭证及企业确认函", "completedOn", "2025-09-10"));
        complete(A, r1, "officer-b", Map.of("outcome", "rectified", "findings", "欠款已全部清偿"));
        moveTo(2025, 9, 16, 0, 0);
        for (var open : List.of(Map.entry(A, r2), Map.entry(B, r3))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as(open.getKey(),
                    () -> rectifications.findByCaseId(open.getValue()).orElseThrow().overdue())).isTrue());
        }

        // Friday 2025-09-26: commitments signed in A and B, three repair applications in A (one rejected at once),
        // an integrity-star nomination in A approved by the town
        moveTo(2025, 9, 26, 10, 0);
        as(A, () -> {
            supervision.recordComplaint(s1.id(), LocalDate.of(2025, 9, 26), true, "以次充好", "officer-a");
            supervision.removeForBrokenCommitment(s3.id(), "违反诚信经营承诺，销售假冒商品", "officer-a");
            return null;
        });
        String notice = cityOffice.send(new NewSupervision(A.code(), "SUPERVISION", "双公示逾期督办", "请于期限内报送整改情况。",
                5), "city-office").caseId();
        cityOffice.send(new NewSupervision(A.code(), "NOTICE", "年度考核通知", "请报送年度考核材料。", 1), "city-office");
        String k1 = keyTask("2025-09-30");
        String k2 = keyTask("2025-12-31");
        String c1 = startAndSign(A, "2025-09-26");
        String cb = startAndSign(B, "2025-09-26");
        String ra1 = applyForRepair(A);
        String ra2 = applyForRepair(A);
        String ra3 = applyForRepair(A);
        complete(A, ra1, "window-officer", Map.of("decision", "reject", "rejectionReasons", "材料不齐全"));
        // A counts its star publicity in calendar days (a tenant's setting; working days by default)
        as(A, () -> library.publish("integrity-star", Map.of("publicityUnit", "CALENDAR_DAYS"), "本镇公示期按自然日计算",
                A.code() + ".admin"));
        StarRound round = as(A, () -> stars.openRound("2025年第三季度-" + UUID.randomUUID().toString().substring(0, 8),
                "officer-a"));
        String star = nominate(A, round);
        complete(A, star, "officer-b", Map.of("townDecision", "approve", "townOpinion", "同意推荐"));

        // Monday 09-29: a second commitment in A, breached on Tuesday 09-30; B's honoured; RA2 accepted
        moveTo(2025, 9, 29, 10, 0);
        as(A, () -> keyTasks.update(k1, new KeyTaskUpdate("张三", "IN_PROGRESS", "已部署", null, null), "officer-a"));
        String c2 = startAndSign(A, "2025-09-29");
        moveTo(2025, 9, 30, 15, 0);
        complete(A, c2, "officer-b", Map.of("outcome", "breached", "findings", "未按承诺整改",
                "breachKind", "not-fulfilled", "legalBasis", "《优化营商环境条例》第四十二条"));
        // ordered to rectify first; the rectification is rejected the same day: breached on 09-30
        complete(A, c2, "officer-a", Map.of("rectification", "正在整改", "rectifiedOn", "2025-09-30"));
        complete(A, c2, "officer-b", Map.of("rectificationOutcome", "rejected", "rectificationOpinion", "整改不到位"));
        complete(B, cb, "officer-b", Map.of("outcome", "honoured", "findings", "按期践诺"));
        complete(A, ra2, "window-officer", Map.of("decision", "accept"));

        // the star's publicity (27 Sep - 3 Oct) ends at 00:00 on 10-04
        moveTo(2025, 10, 4, 0, 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as(A, () -> stars.nomination(star).status())).isEqualTo(NominationStatus.CITY_REVIEW));

        // Thursday 10-09: RA3 rejected after its acceptance deadline (Tue 09-30): late
        moveTo(2025, 10, 9, 10, 0);
        complete(A, notice, "officer-a", Map.of("report", "已完成整改并报送", "contact", "王科长 0769-12345678"));
        as(A, () -> keyTasks.update(k2, new KeyTaskUpdate("李四", "DONE", "已完成", "2025-10-09", null), "officer-a"));
        complete(A, ra3, "window-officer", Map.of("decision", "reject", "rejectionReasons", "不符合修复条件"));

        // Friday 10-10: the city confirms the star; C1 honoured
        moveTo(2025, 10, 10, 9, 30);
        district(A, "茶叶市场", "MARKET");
        admit(A, street, "五号店");
        complete(A, star, "city-office", Map.of("cityDecision", "confirm"));
        complete(A, c1, "officer-b", Map.of("outcome", "honoured", "findings", "按期践诺"));
        clock.reset();

        // 双公示 (today's clock: the dates are in the past). 7 working days on the city calendar; Sun 28 Sep and
        // Sat 11 Oct are working days, 1-8 Oct are not.
        String codeA1 = CODES.next("441900").value();
        String codeA2 = CODES.next("441900").value();
        importRows(A, 5,
                "许可,LA-1," + codeA1 + ",东莞市台账甲一有限公司,东莞市市场监督管理局,2025-09-26,2025-09-30,食品经营许可,,", // 3: on time
                "处罚,LA-2," + codeA1 + ",东莞市台账甲一有限公司,国家税务总局东莞市税务局,2025-09-29,2025-10-10,逾期申报罚款,"
                        + "《税收征收管理法》第六十二条,一般", // 3 across the holiday: on time
                "许可,LA-3," + codeA2 + ",东莞市台账甲二有限公司,东莞市自然资源局,2025-09-19,2025-10-09,建设工程规划许可,,", // 9: late
                "许可,LA-4," + codeA2 + ",东莞市台账甲二有限公司,东莞市生态环境局,2025-10-09,2025-10-20,排污许可,,", // 8: late
                "许可,LA-5," + codeA2 + ",东莞市台账甲二有限公司,东莞市交通运输局,2025-08-01,2025-08-01,道路运输经营许可,,"); // 0
        importRows(B, 1, "许可,LB-1," + CODES.next("441900").value()
                + ",东莞市台账乙一有限公司,东莞市市场监督管理局,2025-09-26,2025-10-09,食品经营许可,,"); // 4: on time

        // severe dishonesty: A's subject X twice (06-10, 09-01), Y (08-15), W (10-15); Z only a general one
        SubjectView x = subject(A);
        dishonesty(A, x, Severity.SEVERE, LocalDate.of(2025, 6, 10));
        dishonesty(A, x, Severity.SEVERE, LocalDate.of(2025, 9, 1));
        dishonesty(A, subject(A), Severity.SEVERE, LocalDate.of(2025, 8, 15));
        dishonesty(A, subject(A), Severity.SEVERE, LocalDate.of(2025, 10, 15));
        dishonesty(A, subject(A), Severity.GENERAL, LocalDate.of(2025, 7, 1));
        dishonesty(B, subject(B), Severity.SEVERE, LocalDate.of(2025, 9, 5));
    }

    private String keyTask(String deadline) {
        return keyTasks.assign(new NewKeyTask("重点任务" + deadline, "按计划推进", "东府办〔2024〕6号（二十四）", "市发展改革局",
                deadline, null, List.of(A.code())), "city-office").id();
    }

    private District district(TenantId tenant, String name, String kind) {
        return as(tenant, () -> districts.create(new NewDistrict(name + "-" + UUID.randomUUID().toString()
                .substring(0, 8), kind, "东莞市" + name, "本店承诺：明码标价、诚信经营。"), "officer-a"));
    }

    /** Applies, signs the commitment and passes the inspection: the shop is a member from now on. */
    private DistrictShop admit(TenantId tenant, District district, String shopName) {
        String caseId = as(tenant, () -> cases.start("district-membership", "officer-a", Map.of("districtId",
                district.id(), "shopName", shopName, "subjectCode", CODES.next("441900").value())));
        complete(tenant, caseId, "officer-a", Map.of("signatory", "店主", "signedOn", LocalDate.now(clock).toString()));
        complete(tenant, caseId, "officer-b", Map.of("outcome", "passed", "findings", "合格"));
        return as(tenant, () -> shops.findByCaseId(caseId).orElseThrow());
    }

    private void register(TenantId id, String name, String nameEn) {
        directory.register(id, name, nameEn, TenantKind.TOWN);
        Tenant tenant = directory.find(id.code()).orElseThrow();
        TenantContext.runAs(id, () -> steps.forEach(step -> step.provision(tenant)));
    }

    private String startAndSign(TenantId tenant, String signedOn) {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", CODES.next("441900").value());
        data.put("subjectName", "东莞市台账诚信贸易有限公司");
        data.put("commitmentType", "approval");
        data.put("grantedMatter", "食品经营许可");
        data.put("commitmentText", "本单位承诺所提交材料真实有效，如有虚假愿承担相应法律责任。");
        String caseId = as(tenant, () -> cases.start("credit-commitment", "officer-a", data));
        complete(tenant, caseId, "officer-a", Map.of("signatory", "李四", "signedOn", signedOn));
        return caseId;
    }

    /** A subject with a general dishonesty record whose minimum publicity (3 months) has passed, applying once. */
    private String applyForRepair(TenantId tenant) {
        SubjectView subject = subject(tenant);
        long record = dishonesty(tenant, subject, Severity.GENERAL, LocalDate.of(2025, 1, 10));
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", subject.code());
        data.put("recordIds", Long.toString(record));
        data.put("obligationsFulfilled", true);
        data.put("repairCommitmentSigned", true);
        data.put("commitmentReference", "XF-2025-0926");
        data.put("statement", "已纠正失信行为，履行全部法定义务。");
        return as(tenant, () -> cases.start("credit-repair", "window-officer", data));
    }

    private String nominate(TenantId tenant, StarRound round) {
        SubjectView subject = subject(tenant);
        Map<String, Object> data = new HashMap<>();
        data.put("roundId", round.id());
        data.put("subjectCode", subject.code());
        data.put("subjectName", subject.name());
        data.put("nominatedBy", "town");
        data.put("reasons", "守法经营十年，无投诉。");
        return as(tenant, () -> cases.start("integrity-star", "officer-a", data));
    }

    private static Map<String, Object> rectificationForm() {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", CODES.next("441900", '1', '1').value());
        data.put("subjectName", "东莞市某镇公共事务服务中心");
        data.put("subjectKind", "government_body");
        data.put("dishonestyKind", "arrears");
        data.put("facts", "拖欠某中小企业工程款120万元逾期未付");
        data.put("legalBasis", "《保障中小企业款项支付条例》第八条");
        data.put("department", "镇信用办");
        data.put("responsibleUnit", "镇财政分局");
        return data;
    }

    private SubjectView subject(TenantId tenant) {
        return as(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), "东莞市台账示范企业" + UUID.randomUUID().toString().substring(0, 6) + "有限公司",
                List.of()), "officer-a"));
    }

    private long dishonesty(TenantId tenant, SubjectView subject, Severity severity, LocalDate decided) {
        return as(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, severity,
                "东莞市市场监督管理局", decided, "《企业信息公示暂行条例》第十八条", "列入失信名单", null), "officer-a").id());
    }

    private void importRows(TenantId tenant, int expected, String... rows) {
        String csv = "kind,decision_number,subject_code,subject_name,department,decision_date,publication_date,title,"
                + "legal_basis,severity\n" + String.join("\n", rows) + "\n";
        ImportJobView job = as(tenant, () -> imports.importNow(ImportSource.of(csv.getBytes(StandardCharsets.UTF_8)),
                "ledger.csv", "officer-a"));
        assertThat(job.errors()).isEmpty();
        assertThat(job.imported()).isEqualTo(expected);
    }

    /** Completes the case's only open task. */
    private void complete(TenantId tenant, String caseId, String actor, Map<String, ?> data) {
        as(tenant, () -> {
            List<WorkTask> open = cases.openTasks(0, 500).stream().filter(t -> t.caseId().equals(caseId)).toList();
            assertThat(open).as("open tasks of " + caseId).hasSize(1);
            cases.complete(open.get(0).id(), actor, data);
            return null;
        });
    }

    private TenantLedger ledgerOf(TenantId tenant, String period) {
        return as(tenant, () -> ledgers.ofTenant(LedgerPeriod.parse(period)));
    }

    private static TenantLedger rowOf(CityLedger city, TenantId tenant) {
        return city.tenants().stream().filter(l -> l.tenant().equals(tenant.code())).findFirst().orElseThrow();
    }

    private static List<Double> numbers(Row row, int from, int to) {
        List<Double> values = new java.util.ArrayList<>();
        for (int c = from; c < to; c++) {
            Cell cell = row.getCell(c);
            values.add(cell.getNumericCellValue());
        }
        return values;
    }

    private void moveTo(int year, int month, int day, int hour, int minute) {
        // a second past the minute, so a timer due at 00:00 has passed
        clock.moveTo(OffsetDateTime.of(year, month, day, hour, minute, 1, 0, CITY).toInstant());
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
