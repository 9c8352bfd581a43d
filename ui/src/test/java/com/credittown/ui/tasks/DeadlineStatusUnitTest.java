package com.credittown.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.calendar.InMemoryCalendarYears;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The inbox colours a deadline by working days left on the city calendar, holidays and 调休 included. */
class DeadlineStatusUnitTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath());

    @Test
    void aDeadlineInThePastIsOverdue() {
        DeadlineStatus status = DeadlineStatus.of(at("2025-03-03T09:00:00"), at("2025-03-03T10:00:00"), calendar, 2);
        assertThat(status.level()).isEqualTo(DeadlineStatus.Level.OVERDUE);
        assertThat(status.cssClass()).isEqualTo("deadline-overdue");
    }

    @Test
    void theNationalDayHolidayCountsNoWorkingDays() {
        // from Monday 29 September (included) to Thursday 9 October (excluded): 1–8 October are off, so only
        // 29 and 30 September count, where Monday to Friday alone would give 8
        DeadlineStatus status = DeadlineStatus.of(at("2025-10-09T17:00:00"), at("2025-09-29T09:00:00"), calendar, 2);
        assertThat(status.workingDaysLeft()).isEqualTo(2);
        assertThat(status.level()).isEqualTo(DeadlineStatus.Level.NEAR);
        assertThat(status.flagged()).isFalse();
    }

    @Test
    void moreWorkingDaysThanTheThresholdIsNormal() {
        DeadlineStatus status = DeadlineStatus.of(at("2025-03-14T17:00:00"), at("2025-03-03T09:00:00"), calendar, 2);
        assertThat(status.workingDaysLeft()).isEqualTo(9);
        assertThat(status.level()).isEqualTo(DeadlineStatus.Level.NORMAL);
    }

    @Test
    void aYearWithoutCalendarIsFlagged() {
        DeadlineStatus status = DeadlineStatus.of(at("2031-03-14T17:00:00"), at("2031-03-03T09:00:00"), calendar, 2);
        assertThat(status.flagged()).isTrue();
    }

    @Test
    void noDeadlineNoColour() {
        assertThat(DeadlineStatus.of(null, at("2025-03-03T09:00:00"), calendar, 2).level())
                .isEqualTo(DeadlineStatus.Level.NONE);
    }

    private static Instant at(String cityTime) {
        return java.time.LocalDateTime.parse(cityTime).atZone(com.credittown.platform.time.PlatformClock.CITY_ZONE)
                .toInstant();
    }
}
