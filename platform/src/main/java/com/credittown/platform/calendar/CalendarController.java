package com.credittown.platform.calendar;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's working-day calendar over REST: the years the city office enters, in the format of the calendar files
 * ({@code docs/calendar-format.md}), and the working-day arithmetic on them. City-level, so no tenant in the path.
 * Reading is open to every logged-in user; only the city office writes.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** The longest span {@code working-days-between} counts over, in years. */
    private static final int MAX_SPAN_YEARS = 10;

    private final CalendarMaintenance maintenance;
    private final WorkingDayCalendar calendar;
    private final CalendarYearReader reader = new CalendarYearReader();

    CalendarController(CalendarMaintenance maintenance, WorkingDayCalendar calendar) {
        this.maintenance = maintenance;
        this.calendar = calendar;
    }

    @GetMapping("/years")
    List<CalendarYearSummary> years() {
        return maintenance.years();
    }

    @GetMapping("/years/{year}")
    CalendarYearDocument year(@PathVariable int year) {
        return maintenance.find(year).map(CalendarYearDocument::of).orElseThrow(() -> new NotFoundException(
                "Calendar year not entered", "No working-day calendar is entered for " + year + "."));
    }

    /** Enters or replaces the year; the body is a calendar file's content. Refused before the body is read. */
    @com.credittown.platform.identity.Allowed(com.credittown.platform.identity.Permission.CITY_OFFICE)
    @PutMapping(path = "/years/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CalendarYearDocument save(@PathVariable int year, @RequestBody String body) {
        CalendarYear calendarYear;
        try {
            calendarYear = reader.read(body, "calendar " + year);
        } catch (InvalidCalendarException e) {
            throw new InvalidInputException(List.of(new FieldProblem(e.entry().orElse("body"), e.reason())));
        }
        if (calendarYear.year() != year) {
            throw new InvalidInputException(List.of(new FieldProblem("year", "mismatch", "The body holds year "
                    + calendarYear.year() + ", but the path names " + year)));
        }
        return CalendarYearDocument.of(maintenance.save(calendarYear, com.credittown.platform.identity.CurrentUsers.actor()));
    }

    @GetMapping("/working-day")
    WorkingDay workingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        requireCalendarYears("date", date);
        WorkingDayAnswer<Boolean> answer = calendar.isWorkingDay(date);
        return new WorkingDay(date, answer.value(), answer.flagged(), answer.uncoveredYears());
    }

    @GetMapping("/add-working-days")
    AddedWorkingDays addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                                    @RequestParam @Min(0) @Max(1000) int days) {
        requireCalendarYears("start", start);
        WorkingDayAnswer<LocalDate> answer = calendar.addWorkingDays(start, days);
        if (answer.value().getYear() > CalendarMaintenance.LAST_YEAR) {
            throw new InvalidInputException(List.of(new FieldProblem("days", "out-of-range", days
                    + " working days after " + start + " fall after " + CalendarMaintenance.LAST_YEAR
                    + ", the last year a working-day calendar can be entered for")));
        }
        return new AddedWorkingDays(start, days, answer.value(), answer.flagged(), answer.uncoveredYears());
    }

    /** Counts the working days from {@code from} (included) to {@code to} (excluded); negative if to is before. */
    @GetMapping("/working-days-between")
    WorkingDaysBetween workingDaysBetween(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireCalendarYears("from", from);
        requireCalendarYears("to", to);
        LocalDate earlier = from.isBefore(to) ? from : to;
        LocalDate later = from.isBefore(to) ? to : from;
        if (earlier.plusYears(MAX_SPAN_YEARS).isBefore(later)) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "too-far",
                    "from and to may be at most " + MAX_SPAN_YEARS + " years apart")));
        }
        WorkingDayAnswer<Integer> answer = calendar.workingDaysBetween(from, to);
        return new WorkingDaysBetween(from, to, answer.value(), answer.flagged(), answer.uncoveredYears());
    }

    /**
     * Working days are counted only within the years a calendar can be entered for: outside them the answer would be
     * a guess (and near the ends of Java's date range the arithmetic itself overflows).
     */
    private static void requireCalendarYears(String parameter, LocalDate date) {
        if (date.getYear() < CalendarMaintenance.FIRST_YEAR || date.getYear() > CalendarMaintenance.LAST_YEAR) {
            throw new InvalidInputException(List.of(new FieldProblem(parameter, "out-of-range", date
                    + " is outside the years a working-day calendar can be entered for (" + CalendarMaintenance.FIRST_YEAR
                    + " to " + CalendarMaintenance.LAST_YEAR + ")")));
        }
    }

    record WorkingDay(LocalDate date, boolean workingDay, boolean flagged, Set<Integer> uncoveredYears) {
    }

    record AddedWorkingDays(LocalDate start, int days, LocalDate result, boolean flagged,
                            Set<Integer> uncoveredYears) {
    }

    record WorkingDaysBetween(LocalDate from, LocalDate to, int workingDays, boolean flagged,
                              Set<Integer> uncoveredYears) {
    }
}
