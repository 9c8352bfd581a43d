package com.credittown.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class WorkingDayBusinessCalendarUnitTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath());

    @Test
    void isNamedForBpmnTimers() {
        assertThat(WorkingDayBusinessCalendar.NAME).isEqualTo("workingDays");
        assertThat(calendarAt("2024-09-27T10:00:00+08:00")).isInstanceOf(BusinessCalendar.class);
    }

    @Test
    void daysAreWorkingDaysDueAtMidnightInShanghaiAfterTheLastOne() {
        // 2024-09-26T16:30Z is Friday 2024-09-27 00:30 in Shanghai (still Thursday in UTC).
        // Working days after Fri 09-27: Sun 09-29 (adjusted) 1, Mon 09-30 2, [10-01..10-07 off], Tue 10-08 3,
        // so the timer fires when 10-08 has passed: 2024-10-09T00:00+08:00.
        // Counted from the UTC date (Thu 09-26) it would have fired at 2024-10-01T00:00+08:00 instead.
        Date due = calendarAt("2024-09-26T16:30:00Z").resolveDuedate("P3D");

        assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse("2024-10-09T00:00:00+08:00").toInstant());
    }

    @Test
    void theHourOfTheStartDoesNotMatter() {
        assertThat(calendarAt("2024-09-27T23:59:59+08:00").resolveDuedate("P3D"))
                .isEqualTo(calendarAt("2024-09-27T00:00:00+08:00").resolveDuedate("P3D"));
    }

    @Test
    void zeroDaysIsDueAtTheEndOfTheCurrentOrNextWorkingDay() {
        // Friday 2024-09-27 is a working day: due when it ends
        assertThat(calendarAt("2024-09-27T10:00:00+08:00").resolveDuedate("P0D").toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-09-28T00:00:00+08:00").toInstant());
        // Saturday 2024-09-28 is not; Sunday 09-29 is (adjusted): due when it ends
        assertThat(calendarAt("2024-09-28T10:00:00+08:00").resolveDuedate("P0D").toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-09-30T00:00:00+08:00").toInstant());
    }

    @Test
    void aDueDateInAYearWithoutCalendarIsFlaggedAndLogged(CapturedOutput output) {
        // Mon 2026-12-28 + 10 working days = Mon 2027-01-11 (Monday to Friday assumed in 2027), due 2027-01-12 00:00
        WorkingDayBusinessCalendar calendar = calendarAt("2026-12-28T09:00:00+08:00");

        WorkingDayAnswer<ZonedDateTime> due = calendar.dueAfterWorkingDays(10);
        Date resolved = calendar.resolveDuedate("P10D");

        assertThat(due.value().toOffsetDateTime()).isEqualTo("2027-01-12T00:00:00+08:00");
        assertThat(due.uncoveredYears()).containsExactly(2027);
        assertThat(resolved.toInstant()).isEqualTo(due.value().toInstant());
        assertThat(output).contains("P10D").contains("[2027]").contains("no working-day calendar entered");
    }

    @Test
    void anIsoDateTimeIsItself() {
        WorkingDayBusinessCalendar calendar = calendarAt("2024-09-27T10:00:00+08:00");

        assertThat(calendar.resolveDuedate("2024-10-09T09:30:00+08:00").toInstant())
                .isEqualTo(Instant.parse("2024-10-09T01:30:00Z"));
        assertThat(calendar.resolveDuedate("2024-10-09T09:30:00Z").toInstant())
                .isEqualTo(Instant.parse("2024-10-09T09:30:00Z"));
        assertThat(calendar.resolveDuedate("2024-10-09T09:30:00").toInstant())
                .as("without an offset: Shanghai time")
                .isEqualTo(Instant.parse("2024-10-09T01:30:00Z"));
    }

    @Test
    void otherDurationsAreCalendarTime() {
        Instant now = Instant.parse("2024-09-27T02:00:00Z");
        WorkingDayBusinessCalendar calendar = calendarAt(now.toString());

        assertThat(calendar.resolveDuedate("PT4H").toInstant()).isEqualTo(now.plus(Duration.ofHours(4)));
        assertThat(calendar.resolveDuedate("P1M").toInstant()).isEqualTo(Instant.parse("2024-10-27T02:00:00Z"));
        assertThat(calendar.resolveDuedate("P1DT2H").toInstant()).isEqualTo(now.plus(Duration.ofHours(26)));
        assertThat(calendar.resolveDuedate("R3/PT10M", 3).toInstant()).isEqualTo(now.plus(Duration.ofMinutes(10)));
    }

    @Test
    void nonsenseIsRejectedWithAHint() {
        WorkingDayBusinessCalendar calendar = calendarAt("2024-09-27T10:00:00+08:00");

        assertThatThrownBy(() -> calendar.resolveDuedate("3 working days"))
                .isInstanceOf(FlowableIllegalArgumentException.class)
                .hasMessageContaining("'3 working days'")
                .hasMessageContaining("P3D");
        assertThatThrownBy(() -> calendar.resolveDuedate("PXD"))
                .isInstanceOf(FlowableIllegalArgumentException.class)
                .hasMessageContaining("'PXD'");
        assertThatThrownBy(() -> calendar.resolveDuedate(" "))
                .isInstanceOf(FlowableIllegalArgumentException.class);
    }

    private static WorkingDayBusinessCalendar calendarAt(String isoInstant) {
        Instant now = OffsetDateTime.parse(isoInstant).toInstant();
        return new WorkingDayBusinessCalendar(CALENDAR, new FixedClock(now, TimeZone.getTimeZone("Asia/Shanghai")));
    }
}
