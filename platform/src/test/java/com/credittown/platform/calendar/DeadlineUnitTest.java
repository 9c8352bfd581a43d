package com.credittown.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Deadlines in working days on the shipped 2024–2026 calendars, passed at the city's midnight. */
class DeadlineUnitTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(InMemoryCalendarYears.fromClasspath());

    @Test
    void countsWorkingDaysAfterTheStartDay() {
        // Mon 2025-10-13: Tue 14 -> 1, Wed 15 -> 2, Thu 16 -> 3
        Deadline due = Deadline.afterWorkingDays(LocalDate.of(2025, 10, 13), 3, calendar);

        assertThat(due.date()).isEqualTo("2025-10-16");
        assertThat(due.flagged()).isFalse();
        assertThat(due.passesAt()).isEqualTo(OffsetDateTime.parse("2025-10-17T00:00+08:00").toInstant());
    }

    @Test
    void skipsTheWeekendAndTheNationalDayBreakButCountsTheAdjustedSunday() {
        // Fri 2024-09-27: Sat 28 off, Sun 29 worked (调休) -> 1, Mon 30 -> 2, 1–7 October off, Tue 10-08 -> 3
        Deadline due = Deadline.afterWorkingDays(LocalDate.of(2024, 9, 27), 3, calendar);

        assertThat(due.date()).isEqualTo("2024-10-08");
        assertThat(due.flagged()).isFalse();
    }

    @Test
    void isFlaggedWhenTheCountCrossesIntoAYearWithNoCalendar() {
        // 2027 has no calendar entered: Monday to Friday assumed, so 2027-01-01 counts (surely 元旦 in reality)
        Deadline due = Deadline.afterWorkingDays(LocalDate.of(2026, 12, 28), 10, calendar);

        assertThat(due.date()).isEqualTo("2027-01-11");
        assertThat(due.flagged()).isTrue();
        assertThat(due).hasToString("2027-01-11 (calendar year missing)");
    }

    @Test
    void refusesANegativeCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Deadline.afterWorkingDays(LocalDate.of(2025, 1, 2), -1, calendar));
    }

    @Test
    void hasPassedExactlyAtTheCitysMidnightAfterItsDayAndNotOneSecondBefore() {
        Deadline due = Deadline.afterWorkingDays(LocalDate.of(2024, 9, 27), 3, calendar);
        Instant midnight = OffsetDateTime.parse("2024-10-09T00:00:00+08:00").toInstant();

        assertThat(due.passesAt()).isEqualTo(midnight);
        assertThat(due.passedAt(midnight)).isTrue();
        assertThat(due.passedAt(midnight.minusSeconds(1))).as("23:59:59 on the last day is on time").isFalse();
        assertThat(due.passedOn(LocalDate.of(2024, 10, 8))).isFalse();
        assertThat(due.passedOn(LocalDate.of(2024, 10, 9))).isTrue();
    }

    @Test
    void passesAtMidnightInAsiaShanghaiNotInUtc() {
        Deadline due = Deadline.afterWorkingDays(LocalDate.of(2024, 9, 27), 3, calendar);

        // 2024-10-08T20:00Z is still the last day in UTC but already 04:00 on 9 October in the city
        assertThat(due.passedAt(Instant.parse("2024-10-08T20:00:00Z"))).isTrue();
        assertThat(due.passesAt()).isEqualTo(Instant.parse("2024-10-08T16:00:00Z"));
        // 23:30 on the last day in the city is 15:30 UTC: on time
        assertThat(due.passedAt(OffsetDateTime.parse("2024-10-08T23:30:00+08:00").toInstant())).isFalse();
    }

    @Test
    void noneHasNoDateAndNeverPasses() {
        Deadline none = Deadline.none();

        assertThat(none.isSet()).isFalse();
        assertThat(none.date()).isNull();
        assertThat(none.flagged()).isFalse();
        assertThat(none.passedAt(Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
        assertThat(none.passedOn(LocalDate.of(2100, 1, 1))).isFalse();
        assertThatIllegalStateException().isThrownBy(none::passesAt);
    }

    @Test
    void aDayCountedInCalendarDaysIsNeverFlagged() {
        Deadline due = Deadline.on(LocalDate.of(2030, 1, 5));

        assertThat(due.flagged()).isFalse();
        assertThat(due.passesAt()).isEqualTo(OffsetDateTime.parse("2030-01-06T00:00+08:00").toInstant());
    }

    @Test
    void aDeadlineMovedOnFromAFlaggedOneStaysFlagged() {
        Deadline flagged = Deadline.afterWorkingDays(LocalDate.of(2026, 12, 28), 10, calendar);
        Deadline extension = Deadline.afterWorkingDays(LocalDate.of(2027, 1, 11), 0, calendar);
        Deadline covered = Deadline.afterWorkingDays(LocalDate.of(2025, 10, 13), 3, calendar);

        assertThat(covered.flaggedAlsoWhen(flagged).flagged()).isTrue();
        assertThat(covered.flaggedAlsoWhen(covered)).isEqualTo(covered);
        assertThat(extension.flaggedAlsoWhen(covered).flagged()).as("its own count crossed 2027").isTrue();
    }
}
