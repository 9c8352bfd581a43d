package com.credittown.platform.calendar;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the city office maintains the working-day calendar: enters or replaces a year's schedule as the State Council
 * announces it. A saved year is used by every working-day computation as soon as the save commits.
 */
@Service
public class CalendarMaintenance {

    /** The first year a calendar can be entered for. */
    public static final int FIRST_YEAR = 2000;

    /** The last year a calendar can be entered for. */
    public static final int LAST_YEAR = 2199;

    private static final Logger LOG = LoggerFactory.getLogger(CalendarMaintenance.class);

    private final DatabaseCalendarYears years;
    private final StoredCalendarYears storedYears;
    private final StoredCalendarDays storedDays;
    private final Clock clock;

    CalendarMaintenance(DatabaseCalendarYears years, StoredCalendarYears storedYears, StoredCalendarDays storedDays,
                        Clock clock) {
        this.years = years;
        this.storedYears = storedYears;
        this.storedDays = storedDays;
        this.clock = clock;
    }

    /**
     * Enters the year, replacing its schedule as a whole if it is entered already, and records who did it when.
     * The year has passed {@link CalendarYear}'s rules on construction (dates in the year, adjusted working days on
     * weekends, no date both); here its year must lie between {@link #FIRST_YEAR} and {@link #LAST_YEAR}.
     *
     * @param actor who enters it
     * @return the year as saved
     * @throws InvalidInputException naming {@code year} if the year is out of range
     * @throws ConflictException     if someone else saved the same year at the same moment
     */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional
    public CalendarYear save(CalendarYear calendar, String actor) {
        Objects.requireNonNull(calendar, "calendar");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Who saves a calendar year must be known");
        }
        if (calendar.year() < FIRST_YEAR || calendar.year() > LAST_YEAR) {
            throw new InvalidInputException(List.of(new FieldProblem("year", "out-of-range",
                    "A calendar can be entered for the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not "
                            + calendar.year())));
        }
        Optional<CalendarYear> before = years.find(calendar.year());
        Instant at = clock.instant();
        try {
            years.write(calendar, actor, at);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConflictException("Calendar year " + calendar.year() + " was saved by someone else at the same "
                    + "time. Load it again and repeat your change.");
        }
        DatabaseCalendarYears.afterCommit(() -> LOG.info("Calendar year {} {} by {} at {}: {}", calendar.year(),
                before.isPresent() ? "replaced" : "entered", actor, at, changes(before, calendar)));
        return calendar;
    }

    /** The entered years, in order, with who entered them when. */
    @Transactional(readOnly = true)
    public List<CalendarYearSummary> years() {
        Map<Integer, Map<StoredCalendarDay.Kind, Integer>> counts = new HashMap<>();
        for (Object[] row : storedDays.countByYearAndKind()) {
            counts.computeIfAbsent((Integer) row[0], year -> new HashMap<>())
                    .put((StoredCalendarDay.Kind) row[1], ((Number) row[2]).intValue());
        }
        return storedYears.findAllByOrderByYearAsc().stream().map(year -> {
            Map<StoredCalendarDay.Kind, Integer> days = counts.getOrDefault(year.year(), Map.of());
            return new CalendarYearSummary(year.year(), year.source(),
                    days.getOrDefault(StoredCalendarDay.Kind.HOLIDAY, 0),
                    days.getOrDefault(StoredCalendarDay.Kind.ADJUSTED_WORKING_DAY, 0),
                    year.updatedAt(), year.updatedBy());
        }).toList();
    }

    /** The year's schedule as the working-day calendar uses it, or empty if it is not entered. */
    public Optional<CalendarYear> find(int year) {
        return years.find(year);
    }

    private static String changes(Optional<CalendarYear> before, CalendarYear after) {
        String now = "source \"" + after.source() + "\", " + after.holidays().size() + " holidays, "
                + after.adjustedWorkingDays().size() + " adjusted working days";
        if (before.isEmpty()) {
            return now;
        }
        CalendarYear was = before.get();
        return now + (was.source().equals(after.source()) ? "" : " (source was \"" + was.source() + "\")")
                + "; holidays added " + difference(after.holidays(), was.holidays())
                + ", removed " + difference(was.holidays(), after.holidays())
                + "; adjusted working days added " + difference(after.adjustedWorkingDays(), was.adjustedWorkingDays())
                + ", removed " + difference(was.adjustedWorkingDays(), after.adjustedWorkingDays());
    }

    private static Set<LocalDate> difference(Map<LocalDate, String> days, Map<LocalDate, String> minus) {
        Set<LocalDate> difference = new TreeSet<>(days.keySet());
        difference.removeAll(minus.keySet());
        return difference;
    }
}
