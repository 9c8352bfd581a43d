package com.credittown.platform.calendar;

import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.calendar.DurationHelper;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Flowable business calendar, registered under {@link #NAME} ({@code workingDays}), that lets BPMN timers count
 * working days: {@code <timeDuration>P3D</timeDuration>} with {@code flowable:businessCalendarName="workingDays"}.
 * Due dates resolve as follows.
 * <ul>
 *   <li>{@code PnD} (days only, e.g. {@code P3D}): n <em>working</em> days on the {@link WorkingDayCalendar}. Today
 *   is the engine clock's current date in {@link #ZONE} (Asia/Shanghai); the timer is due at 00:00 Asia/Shanghai at
 *   the start of the day after the n-th working day after today (see
 *   {@link WorkingDayCalendar#addWorkingDays(LocalDate, int)}), i.e. when that working day has fully passed.
 *   Started on Friday 2024-09-27 at any hour, {@code P3D} is due at 2024-10-09T00:00+08:00.
 *   {@code P0D} is due at the end of today if today is a working day, else at the end of the next one.
 *   If the computation touched a year with no calendar entered, a warning naming the years is logged; callers
 *   that need the flag use {@link #dueAfterWorkingDays(int)}.</li>
 *   <li>An ISO-8601 date-time, e.g. {@code 2024-10-09T09:00:00+08:00}: that instant. Without an offset it is read
 *   in Asia/Shanghai.</li>
 *   <li>Any other ISO-8601 duration or repetition (e.g. {@code PT4H}, {@code P1M}, {@code P1DT2H},
 *   {@code R3/PT10M}): calendar time, resolved by Flowable's {@link DurationHelper} as Flowable's default duration
 *   calendar does. As in XML Schema, weeks such as {@code P1W} are not accepted.</li>
 * </ul>
 * Not registered in the engine here: the application's engine configuration adds it to the business calendar
 * manager.
 */
public final class WorkingDayBusinessCalendar extends BusinessCalendarImpl {

    /** The name BPMN timers refer to in {@code flowable:businessCalendarName}. */
    public static final String NAME = "workingDays";

    /** The zone in which days begin and end: China Standard Time. */
    public static final ZoneId ZONE = PlatformClock.CITY_ZONE;

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayBusinessCalendar.class);

    private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,5})D");

    private final WorkingDayCalendar calendar;

    /**
     * @param calendar    the working-day calendar
     * @param clockReader the engine's clock (e.g. {@code processEngineConfiguration.getClock()}), for "now"
     */
    public WorkingDayBusinessCalendar(WorkingDayCalendar calendar, ClockReader clockReader) {
        super(Objects.requireNonNull(clockReader, "clockReader"));
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public Date resolveDuedate(String duedateDescription, int maxIterations) {
        if (duedateDescription == null || duedateDescription.isBlank()) {
            throw new FlowableIllegalArgumentException("A due date is required, e.g. P3D for 3 working days");
        }
        String description = duedateDescription.strip();
        Matcher workingDays = WORKING_DAYS.matcher(description);
        if (workingDays.matches()) {
            WorkingDayAnswer<ZonedDateTime> due = dueAfterWorkingDays(Integer.parseInt(workingDays.group(1)));
            if (due.flagged()) {
                LOG.warn("Due date {} for '{}' assumes Monday to Friday are working days in {}: no working-day "
                        + "calendar entered for those years", due.value(), description, due.uncoveredYears());
            }
            return Date.from(due.value().toInstant());
        }
        if (description.startsWith("P") || description.startsWith("R")) {
            return calendarTime(description, maxIterations);
        }
        return Date.from(dateTime(description));
    }

    /**
     * When a timer of {@code workingDays} working days started now is due: 00:00 Asia/Shanghai after the
     * {@code workingDays}-th working day after today (today = the engine clock's date in Asia/Shanghai).
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    public WorkingDayAnswer<ZonedDateTime> dueAfterWorkingDays(int workingDays) {
        LocalDate today = clockReader.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
        WorkingDayAnswer<LocalDate> lastDay = calendar.addWorkingDays(today, workingDays);
        // the years are kept for the warning; when the day has passed is the Deadline's rule
        Instant passesAt = Deadline.on(lastDay.value()).passesAt();
        return new WorkingDayAnswer<>(passesAt.atZone(ZONE), lastDay.uncoveredYears());
    }

    private Date calendarTime(String description, int maxIterations) {
        try {
            return new DurationHelper(description, maxIterations, clockReader).getDateAfter();
        } catch (Exception e) {
            throw new FlowableIllegalArgumentException("Cannot resolve due date '" + description + "': "
                    + e.getMessage(), e);
        }
    }

    private static Instant dateTime(String description) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(description,
                    ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned
                    ? zoned.toInstant()
                    : ((LocalDateTime) parsed).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new FlowableIllegalArgumentException("Cannot resolve due date '" + description + "': expected "
                    + "working days such as P3D, an ISO-8601 duration such as PT4H, or a date-time such as "
                    + "2024-10-09T09:00:00+08:00", e);
        }
    }
}
