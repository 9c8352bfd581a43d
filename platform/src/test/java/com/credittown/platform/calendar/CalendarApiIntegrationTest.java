package com.credittown.platform.calendar;

import com.credittown.platform.identity.TestUsers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The calendar API on the real PostgreSQL, as the city office and clients use it. Year {@value #YEAR} is the test's
 * own: removed before and after each test, so the test can run again on the same database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiIntegrationTest {

    private static final int YEAR = 2031;

    /** 2031-01-01 (a Wednesday) off, Saturday 2031-01-04 a working day. */
    private static final String CALENDAR_2031 = """
            {
              "year": 2031,
              "source": "测试用：2031年部分节假日安排",
              "holidays": [ { "date": "2031-01-01", "name": "元旦" } ],
              "adjustedWorkingDays": [ { "date": "2031-01-04", "name": "元旦调休上班" } ]
            }
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseCalendarYears calendarYears;
    @Autowired
    StoredCalendarYears storedYears;
    @Autowired
    StoredCalendarDays storedDays;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    @AfterEach
    void removeTheTestYear() {
        jdbc.update("delete from calendar_day where year_number = ?", YEAR);
        jdbc.update("delete from calendar_year where year_number = ?", YEAR);
        calendarYears.reload();
    }

    @Test
    void theShippedYearsAreEntered() throws Exception {
        mvc.perform(get("/api/calendar/years"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].year", hasItems(2024, 2025, 2026)))
                .andExpect(jsonPath("$[?(@.year == 2025)].holidayCount").value(28))
                .andExpect(jsonPath("$[?(@.year == 2025)].adjustedWorkingDayCount").value(5));
        mvc.perform(get("/api/calendar/years/2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.source").value("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）"))
                .andExpect(jsonPath("$.holidays", hasSize(28)))
                .andExpect(jsonPath("$.adjustedWorkingDays[0].date").value("2025-01-26"))
                .andExpect(jsonPath("$.adjustedWorkingDays[0].name").value("春节调休上班"));
    }

    @Test
    void aDeadlineAcrossNationalDay2025() throws Exception {
        mvc.perform(get("/api/calendar/add-working-days").param("start", "2025-09-26").param("days", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value("2025-09-26"))
                .andExpect(jsonPath("$.days").value(20))
                .andExpect(jsonPath("$.result").value("2025-10-30"))
                .andExpect(jsonPath("$.flagged").value(false))
                .andExpect(jsonPath("$.uncoveredYears", hasSize(0)));
        mvc.perform(get("/api/calendar/working-day").param("date", "2025-10-01"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.flagged").value(false));
        mvc.perform(get("/api/calendar/working-days-between").param("from", "2025-09-26").param("to", "2025-10-13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(7))
                .andExpect(jsonPath("$.flagged").value(false));
    }

    @Test
    void onlyTheCityOfficeEntersACalendar() throws Exception {
        mvc.perform(put("/api/calendar/years/" + YEAR).with(TestUsers.officerOf("humen"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/calendar/years/" + YEAR).with(anonymous())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        assertThat(storedYears.findById(YEAR)).isEmpty();
    }

    @Test
    void aYearEnteredThroughTheApiIsUsedAtOnce() throws Exception {
        addThreeWorkingDaysFromNewYear2031()
                .andExpect(jsonPath("$.result").value("2031-01-06"))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.uncoveredYears[0]").value(YEAR));
        mvc.perform(get("/api/calendar/working-day").param("date", "2031-01-01"))
                .andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.uncoveredYears[0]").value(YEAR));
        mvc.perform(get("/api/calendar/years/" + YEAR))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        putYear(YEAR, CALENDAR_2031)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.holidays[0].date").value("2031-01-01"))
                .andExpect(jsonPath("$.adjustedWorkingDays[0].date").value("2031-01-04"));

        addThreeWorkingDaysFromNewYear2031()
                .andExpect(jsonPath("$.result").value("2031-01-04"))
                .andExpect(jsonPath("$.flagged").value(false))
                .andExpect(jsonPath("$.uncoveredYears", hasSize(0)));
        mvc.perform(get("/api/calendar/working-day").param("date", "2031-01-01"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.flagged").value(false));
        mvc.perform(get("/api/calendar/years"))
                .andExpect(jsonPath("$[?(@.year == 2031)].holidayCount").value(1))
                .andExpect(jsonPath("$[?(@.year == 2031)].updatedBy").value("city.office"));
    }

    @Test
    void aSavedYearIsStoredNotOnlyHeldInMemory() throws Exception {
        putYear(YEAR, CALENDAR_2031).andExpect(status().isOk());

        DatabaseCalendarYears afterRestart = new DatabaseCalendarYears(storedYears, storedDays, transactions);
        afterRestart.reload();

        CalendarYear stored = afterRestart.find(YEAR).orElseThrow();
        assertThat(stored.source()).isEqualTo("测试用：2031年部分节假日安排");
        assertThat(stored.holidays()).containsExactlyEntriesOf(Map.of(LocalDate.of(2031, 1, 1), "元旦"));
        assertThat(stored.adjustedWorkingDays()).containsOnlyKeys(LocalDate.of(2031, 1, 4));
        assertThat(new WorkingDayCalendar(afterRestart).isWorkingDay(LocalDate.of(2031, 1, 1)).value()).isFalse();
    }

    @Test
    void seedingEntersAMissingYearButNeverOverwritesAStoredOne() throws Exception {
        CalendarYear shipped = new CalendarYear(YEAR, "shipped", Map.of(LocalDate.of(2031, 1, 2), "元旦"), Map.of());
        DatabaseCalendarYears years = new DatabaseCalendarYears(storedYears, storedDays, transactions);

        years.seed(InMemoryCalendarYears.of(shipped), Instant.parse("2030-11-01T00:00:00Z"));
        years.reload();
        assertThat(years.find(YEAR)).contains(shipped);
        assertThat(storedYears.findById(YEAR).orElseThrow().updatedBy()).isEqualTo("system");

        putYear(YEAR, CALENDAR_2031).andExpect(status().isOk());
        years.seed(InMemoryCalendarYears.of(shipped), Instant.parse("2030-12-01T00:00:00Z"));
        years.reload();
        assertThat(years.find(YEAR).orElseThrow().source()).isEqualTo("测试用：2031年部分节假日安排");
        assertThat(storedYears.findById(YEAR).orElseThrow().updatedBy()).isEqualTo("city.office");
    }

    @Test
    void savingAgainReplacesTheYear() throws Exception {
        putYear(YEAR, CALENDAR_2031).andExpect(status().isOk());
        putYear(YEAR, """
                { "year": 2031, "source": "测试用：更正", "holidays": [ { "date": "2031-01-02", "name": "元旦" } ],
                  "adjustedWorkingDays": [] }""")
                .andExpect(status().isOk());

        mvc.perform(get("/api/calendar/years/" + YEAR))
                .andExpect(jsonPath("$.source").value("测试用：更正"))
                .andExpect(jsonPath("$.holidays", hasSize(1)))
                .andExpect(jsonPath("$.holidays[0].date").value("2031-01-02"))
                .andExpect(jsonPath("$.adjustedWorkingDays", hasSize(0)));
        mvc.perform(get("/api/calendar/working-day").param("date", "2031-01-01"))
                .andExpect(jsonPath("$.workingDay").value(true));
    }

    @Test
    void anAdjustedWorkingDayOnAWednesdayIsRefusedAndNothingChanges() throws Exception {
        putYear(YEAR, CALENDAR_2031).andExpect(status().isOk());

        putYear(YEAR, """
                { "year": 2031, "source": "测试用", "holidays": [ { "date": "2031-01-01", "name": "元旦" } ],
                  "adjustedWorkingDays": [ { "date": "2031-01-04", "name": "调休" },
                                           { "date": "2031-01-08", "name": "调休" } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("adjustedWorkingDays[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("Adjusted working day 2031-01-08 (调休) is a "
                        + "Wednesday; only a Saturday or Sunday can become a working day"));

        mvc.perform(get("/api/calendar/years/" + YEAR))
                .andExpect(jsonPath("$.source").value("测试用：2031年部分节假日安排"))
                .andExpect(jsonPath("$.adjustedWorkingDays", hasSize(1)))
                .andExpect(jsonPath("$.adjustedWorkingDays[0].date").value("2031-01-04"));
    }

    @Test
    void badCalendarsAreAnsweredWithTheFieldNamed() throws Exception {
        putYear(YEAR, emptyYear(2030))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        putYear(YEAR, CALENDAR_2031.replace("2031-01-01", "2031-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holidays[0]"));
        putYear(YEAR, CALENDAR_2031.replace("\"holidays\"", "\"holiday\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holiday"));
        putYear(YEAR, "{ not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        putYear(3000, emptyYear(3000))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));

        mvc.perform(get("/api/calendar/years/" + YEAR)).andExpect(status().isNotFound());
    }

    @Test
    void badParametersAreAnsweredWith400() throws Exception {
        mvc.perform(get("/api/calendar/working-day").param("date", "2025-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/calendar/add-working-days").param("start", "2025-09-26").param("days", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/calendar/add-working-days").param("start", "2025-09-26").param("days", "1001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/calendar/add-working-days").param("start", "2025-09-26"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/calendar/working-days-between").param("from", "2000-01-01").param("to", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/calendar/years/abc"))
                .andExpect(status().isBadRequest());
    }

    private static String emptyYear(int year) {
        return "{ \"year\": " + year + ", \"source\": \"测试用\", \"holidays\": [], \"adjustedWorkingDays\": [] }";
    }

    private ResultActions addThreeWorkingDaysFromNewYear2031() throws Exception {
        return mvc.perform(get("/api/calendar/add-working-days").param("start", "2031-01-01").param("days", "3"))
                .andExpect(status().isOk());
    }

    private ResultActions putYear(int year, String body) throws Exception {
        return mvc.perform(put("/api/calendar/years/" + year).contentType(MediaType.APPLICATION_JSON)
                .characterEncoding("UTF-8").content(body));
    }
}
