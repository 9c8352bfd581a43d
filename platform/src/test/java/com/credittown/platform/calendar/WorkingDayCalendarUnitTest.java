package com.credittown.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days on the shipped 2024–2026 calendars. */
class WorkingDayCalendarUnitTest {

    private static final InMemoryCalendarYears SHIPPED = InMemoryCalendarYears.fromClasspath();

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED);

    @Nested
    class IsWorkingDay {

        @ParameterizedTest(name = "{0} ({1}) is a working day: {2}")
        @CsvSource({
                "2024-09-29, Sunday made a working day before National Day,  true",
                "2024-09-28, plain Saturday,                                 false",
                "2024-10-01, National Day,                                   false",
                "2024-10-07, last day of the National Day break (Monday),    false",
                "2024-10-08, Tuesday after the break,                        true",
                "2024-10-12, Saturday made a working day after National Day, true",
                "2024-02-10, Spring Festival on a Saturday,                  false",
                "2024-02-04, Sunday made a working day before Spring Festival, true",
                "2025-01-26, Sunday made a working day before Spring Festival, true",
                "2025-01-28, Spring Festival eve (Tuesday),                  false",
                "2025-02-08, Saturday made a working day after Spring Festival, true",
                "2025-06-02, Dragon Boat Festival (Monday),                  false",
                "2025-10-08, National Day and Mid-Autumn (Wednesday),        false",
                "2025-10-11, Saturday made a working day,                    true",
                "2025-10-13, plain Monday,                                   true"
        })
        void onTheEnteredCalendars(LocalDate date, String what, boolean working) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(WorkingDayAnswer.covered(working));
        }

        @Test
        void aDateInAYearWithoutCalendarIsFlagged() {
            WorkingDayAnswer<Boolean> wednesday = calendar.isWorkingDay(LocalDate.of(2030, 1, 2));
            WorkingDayAnswer<Boolean> saturday = calendar.isWorkingDay(LocalDate.of(2030, 1, 5));

            assertThat(wednesday.value()).as("Monday to Friday assumed").isTrue();
            assertThat(wednesday.flagged()).isTrue();
            assertThat(wednesday.uncoveredYears()).containsExactly(2030);
            assertThat(saturday.value()).isFalse();
            assertThat(saturday.uncoveredYears()).containsExactly(2030);
        }
    }

    @Nested
    class AddWorkingDays {

        @Test
        void acrossSpringFestival2025() {
            // Start Friday 2025-01-24; the start day itself never counts.
            //   Sat 01-25 off; Sun 01-26 adjusted working day -> 1; Mon 01-27 -> 2;
            //   Tue 01-28 .. Tue 02-04 Spring Festival off; Wed 02-05 -> 3.
            assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 3))
                    .isEqualTo(WorkingDayAnswer.covered(LocalDate.of(2025, 2, 5)));
        }

        @Test
        void acrossNationalDay2024() {
            // Fri 2024-09-27; Sat 09-28 off; Sun 09-29 adjusted -> 1; Mon 09-30 -> 2; 10-01..10-07 off; Tue 10-08 -> 3
            assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 27), 3).value()).isEqualTo("2024-10-08");
        }

        @Test
        void fromAHolidayCountsFromTheNextWorkingDay() {
            // Fri 2025-10-03 is a holiday; the first working day after it is Thu 10-09
            assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 3), 1).value()).isEqualTo("2025-10-09");
        }

        @ParameterizedTest(name = "adding 0 to {0} gives {1}")
        @CsvSource({
                "2025-10-09, 2025-10-09", // a working day: itself
                "2025-09-28, 2025-09-28", // an adjusted Sunday: itself
                "2025-10-01, 2025-10-09", // a holiday: the next working day
                "2025-10-12, 2025-10-13"  // a plain Sunday: the next working day
        })
        void zeroGivesTheStartIfItIsAWorkingDayElseTheNextOne(LocalDate start, LocalDate expected) {
            assertThat(calendar.addWorkingDays(start, 0)).isEqualTo(WorkingDayAnswer.covered(expected));
        }

        @Test
        void aNegativeNumberOfDaysIsRejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 2), -1))
                    .withMessageContaining("-1");
        }

        @Test
        void crossingIntoAYearWithoutCalendarIsFlaggedWithThatYear() {
            // Mon 2026-12-28: Tue 29 -> 1, Wed 30 -> 2, Thu 31 -> 3. 2027 has no calendar, so Monday to Friday is
            // assumed: Fri 2027-01-01 -> 4 (surely 元旦 in reality, which is exactly why the answer is flagged),
            // Mon 01-04 .. Fri 01-08 -> 5..9, Mon 01-11 -> 10.
            WorkingDayAnswer<LocalDate> due = calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 10);

            assertThat(due.value()).isEqualTo("2027-01-11");
            assertThat(due.flagged()).isTrue();
            assertThat(due.uncoveredYears()).containsExactly(2027);
        }

        @Test
        void theStartDayIsNotLookedAtSoItsYearIsNotTouched() {
            // 2029 and 2030 have no calendar; only 2030-01-01 is examined
            WorkingDayAnswer<LocalDate> due = calendar.addWorkingDays(LocalDate.of(2029, 12, 31), 1);

            assertThat(due.value()).isEqualTo("2030-01-01");
            assertThat(due.uncoveredYears()).containsExactly(2030);
        }

        @Test
        void staysUnflaggedInsideEnteredYears() {
            assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 20), 10).flagged()).isFalse();
        }

        @Test
        void agreesWithWorkingDaysBetweenOnEveryStartIn2024And2025() {
            for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() < 2026; start = start.plusDays(1)) {
                for (int n = 1; n <= 12; n++) {
                    LocalDate due = calendar.addWorkingDays(start, n).value();
                    assertThat(calendar.isWorkingDay(due).value()).as("%s + %d = %s", start, n, due).isTrue();
                    assertThat(calendar.workingDaysBetween(start.plusDays(1), due.plusDays(1)).value())
                            .as("%s + %d = %s", start, n, due).isEqualTo(n);
                }
            }
        }
    }

    @Nested
    class WorkingDaysBetween {

        @Test
        void spanningNationalDay2025() {
            // Fri 09-26 1, Sat 09-27 -, Sun 09-28 (adjusted) 2, Mon 09-29 3, Tue 09-30 4, 10-01..10-08 off,
            // Thu 10-09 5, Fri 10-10 6, Sat 10-11 (adjusted) 7, Sun 10-12 -; Mon 10-13 excluded.
            assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13)))
                    .isEqualTo(WorkingDayAnswer.covered(7));
        }

        @Test
        void isNegativeWhenFromIsAfterTo() {
            assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 9, 26)))
                    .isEqualTo(WorkingDayAnswer.covered(-7));
        }

        @Test
        void isZeroForTheSameDay() {
            assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 13)))
                    .isEqualTo(WorkingDayAnswer.covered(0));
        }

        @Test
        void aRangeReachingIntoYearsWithoutCalendarIsFlaggedWithEachOfThem() {
            WorkingDayAnswer<Integer> count =
                    calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2028, 1, 4));
            WorkingDayAnswer<Integer> reverse =
                    calendar.workingDaysBetween(LocalDate.of(2028, 1, 4), LocalDate.of(2026, 12, 31));

            assertThat(count.uncoveredYears()).containsExactly(2027, 2028);
            assertThat(reverse.value()).isEqualTo(-count.value());
            assertThat(reverse.uncoveredYears()).containsExactly(2027, 2028);
        }
    }

    @Test
    void anyCalendarYearsSourceWillDo() {
        WorkingDayCalendar nothingEntered = new WorkingDayCalendar(year -> Optional.empty());

        // Mon 2024-09-30 .. Sun 2024-10-06: five days Monday to Friday, all flagged
        WorkingDayAnswer<Integer> count =
                nothingEntered.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 7));

        assertThat(count.value()).isEqualTo(5);
        assertThat(count.uncoveredYears()).containsExactly(2024);
    }
}
