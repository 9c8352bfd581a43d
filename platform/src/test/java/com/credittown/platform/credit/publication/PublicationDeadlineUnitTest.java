package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.calendar.InMemoryCalendarYears;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDeadlineUnitTest {

    private final PublicationDeadline deadline =
            new PublicationDeadline(new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath()), 7);

    @Test
    void acrossTheNationalDayHolidayOf2025() {
        // Decided Tue 2025-09-30; 1-8 October are off; Thu 9 (1), Fri 10 (2), Sat 11 is a 调休 working day (3).
        assertThat(deadline.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11)))
                .isEqualTo(new Timeliness(3, true, false));
        // Decided Fri 2025-09-19: Mon 22 - Fri 26 (1-5), Sun 28 is a 调休 working day (6), Mon 29 (7), Tue 30 (8):
        // late, although Monday to Friday alone would count 7.
        assertThat(deadline.of(LocalDate.of(2025, 9, 19), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new Timeliness(8, false, false));
    }

    @Test
    void publishedOnTheDayOfTheDecisionIsZeroAndAYearWithoutCalendarIsFlagged() {
        assertThat(deadline.of(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 9)))
                .isEqualTo(new Timeliness(0, true, false));
        // 2023 has no calendar: Monday to Friday assumed, Fri 2023-06-02 -> Mon 5 ... Mon 12 is the 6th.
        assertThat(deadline.of(LocalDate.of(2023, 6, 2), LocalDate.of(2023, 6, 12)))
                .isEqualTo(new Timeliness(6, true, true));
    }

    @Test
    void theLimitIsASetting() {
        PublicationDeadline strict =
                new PublicationDeadline(new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath()), 2);
        assertThat(strict.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11)).onTime()).isFalse();
    }
}
