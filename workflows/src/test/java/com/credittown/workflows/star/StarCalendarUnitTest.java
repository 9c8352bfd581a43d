package com.credittown.workflows.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.calendar.InMemoryCalendarYears;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The star publicity period in its unit, a city setting: working days by default, calendar days by choice. */
class StarCalendarUnitTest {

    private final StarCalendar calendar = new StarCalendar(new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath()));

    @Test
    void sevenWorkingDaysFromFriday26September2025RunPastNationalDay() {
        PublicityPeriod publicity = calendar.publicity(LocalDate.of(2025, 9, 26), 7,
                PublicityUnit.WORKING_DAYS);

        // 28 Sep (调休 Sunday), 29, 30 Sep, 9, 10, 11 (调休 Saturday), 13 Oct: 1-8 Oct are holidays
        assertThat(publicity.firstDay()).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(publicity.lastDay()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(publicity.closesAt()).isEqualTo(OffsetDateTime.of(2025, 10, 14, 0, 0, 0, 0, ZoneOffset.ofHours(8))
                .toInstant());
        assertThat(publicity.flagged()).isFalse();
    }

    @Test
    void sevenCalendarDaysWhereTheCityChoseThem() {
        PublicityPeriod publicity = calendar.publicity(LocalDate.of(2025, 9, 26), 7,
                PublicityUnit.CALENDAR_DAYS);

        assertThat(publicity.lastDay()).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(publicity.flagged()).isFalse();
    }

    @Test
    void aYearWithoutCalendarIsFlagged() {
        assertThat(calendar.publicity(LocalDate.of(2099, 12, 28), 7, PublicityUnit.WORKING_DAYS)
                .flagged()).isTrue();
    }

    @Test
    void theUnitDefaultsToWorkingDaysAndRefusesAnUnknownOne() {
        assertThat(PublicityUnit.of(null)).isEqualTo(PublicityUnit.WORKING_DAYS);
        assertThat(PublicityUnit.of("calendar_days")).isEqualTo(PublicityUnit.CALENDAR_DAYS);
        assertThatThrownBy(() -> PublicityUnit.of("WEEKS")).hasMessageContaining("WORKING_DAYS");
    }
}
