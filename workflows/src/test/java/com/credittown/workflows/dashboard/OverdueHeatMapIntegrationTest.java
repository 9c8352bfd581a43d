package com.credittown.workflows.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overdue heat map over fresh tenants with the engine clock moved: credit-repair acceptance (一口受理, 3 working
 * days) missed by known numbers of working days, counted on the city calendar (weekends and the 2025 National Day
 * holiday do not count, the 调休 Sunday does).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverdueHeatMapIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    PlatformClock clock;
    @Autowired
    OverdueHeatMap heatMap;
    @Autowired
    MockMvc mvc;

    private TenantId late;
    private TenantId quiet;

    @BeforeEach
    void freshTenants() {
        late = fixtures.provisionFreshTenant("heat");
        quiet = fixtures.provisionFreshTenant("heatq");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void countsOverdueAcceptancesInWorkingDaysPerTenantProcessAndStep() {
        // Mon 2025-11-03: deadline Thu 11-06, overdue from Fri 11-07 00:00
        moveTo(2025, 11, 3, 10);
        String first = applyForRepair(late);
        // Tue 2025-11-04: deadline Fri 11-07, overdue from Sat 11-08 00:00
        moveTo(2025, 11, 4, 10);
        String second = applyForRepair(late);
        // Wed 2025-11-12: deadline Mon 11-17, not overdue yet
        moveTo(2025, 11, 12, 10);
        applyForRepair(late);

        // Wed 11-12: the first is late on Fri 7, Mon 10, Tue 11, Wed 12 (4); the second on 10, 11, 12 (3)
        List<HeatCell> cells = cellsOf(late);
        assertThat(cells).containsExactly(new HeatCell(late.code(), "测试镇" + late.code(), "credit-repair", "accept",
                "一口受理", 2, 4, 7, false));
        assertThat(cellsOf(quiet)).isEmpty();
        assertThat(heatMap.overdueCases(late, "credit-repair", "accept"))
                .extracting(OverdueCase::caseId, OverdueCase::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 4),
                        org.assertj.core.groups.Tuple.tuple(second, 3));
        assertThat(heatMap.overdueCases(late, "credit-repair", "resultDue")).isEmpty();

        // Sat 11-15: the weekend adds nothing; Thu 13 and Fri 14 do
        moveTo(2025, 11, 15, 10);
        assertThat(cellsOf(late)).extracting(HeatCell::overdueTasks, HeatCell::maxDaysOverdue, HeatCell::sumDaysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 6, 11L));
    }

    @Test
    void theNationalDayHolidayIsNotCountedButTheAdjustedSundayIs() {
        // Fri 2025-09-26: Sun 09-28 (调休 working day), Mon 29, Tue 30 -> deadline 09-30, overdue from Wed 10-01
        moveTo(2025, 9, 26, 10);
        String repair = applyForRepair(late);
        moveTo(2025, 9, 30, 23);
        assertThat(cellsOf(late)).isEmpty();
        // Thu 10-09: 1–8 October are the holiday, so one working day overdue after nine calendar days
        moveTo(2025, 10, 9, 10);
        assertThat(heatMap.overdueCases(late, null, null)).singleElement()
                .satisfies(c -> {
                    assertThat(c.caseId()).isEqualTo(repair);
                    assertThat(c.daysOverdue()).isEqualTo(1);
                });
    }

    @Test
    void onlyTheCityOfficeReadsTheHeatMapOverRest() throws Exception {
        moveTo(2025, 11, 3, 10);
        String first = applyForRepair(late);
        moveTo(2025, 11, 12, 10);

        mvc.perform(get("/api/city/overdue").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tenant == '" + late.code() + "')].maxDaysOverdue").value(4))
                .andExpect(jsonPath("$[?(@.tenant == '" + quiet.code() + "')]").isEmpty());
        mvc.perform(get("/api/city/overdue/" + late.code()).param("process", "credit-repair").param("step", "accept")
                        .with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(first))
                .andExpect(jsonPath("$[0].daysOverdue").value(4))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/city/overdue").with(TestUsers.officerOf(late.code())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/overdue/nosuchtown").with(TestUsers.cityOffice()))
                .andExpect(status().isNotFound());
    }

    private List<HeatCell> cellsOf(TenantId tenant) {
        return heatMap.cells().stream().filter(cell -> cell.tenant().equals(tenant.code())).toList();
    }

    /** A subject with a general dishonesty record whose minimum publicity has passed, applying for repair. */
    private String applyForRepair(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> {
            SubjectView subject = registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                    CODES.next("441900").value(), "东莞市热力图测试贸易有限公司", List.of()), "officer-a");
            long record = archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, Severity.GENERAL,
                    "东莞市市场监督管理局", LocalDate.of(2025, 1, 10), "《企业信息公示暂行条例》第十八条", "列入经营异常名录",
                    null), "officer-a").id();
            Map<String, Object> data = new HashMap<>();
            data.put("subjectCode", subject.code());
            data.put("recordIds", Long.toString(record));
            data.put("obligationsFulfilled", true);
            data.put("repairCommitmentSigned", true);
            data.put("commitmentReference", "XF-2025-1103");
            data.put("statement", "已纠正失信行为，履行全部法定义务。");
            return cases.start("credit-repair", "window-officer", data);
        });
    }

    private void moveTo(int year, int month, int day, int hour) {
        clock.moveTo(OffsetDateTime.of(year, month, day, hour, 0, 1, 0, CITY).toInstant());
    }
}
