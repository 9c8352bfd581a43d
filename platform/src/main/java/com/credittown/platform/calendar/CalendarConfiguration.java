package com.credittown.platform.calendar;

import com.credittown.platform.time.PlatformClock;
import java.time.Clock;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The city's working-day calendar, for the application and for Flowable timers
 * ({@code flowable:businessCalendarName="workingDays"}).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /**
     * The years the city office maintains, from the database. At start-up every year shipped under
     * {@code calendar/*.json} that the database does not have yet is stored first; a stored year is never overwritten
     * by a shipped file.
     */
    @Bean
    DatabaseCalendarYears calendarYears(StoredCalendarYears years, StoredCalendarDays days,
                                        PlatformTransactionManager transactions, Clock clock) {
        DatabaseCalendarYears calendarYears = new DatabaseCalendarYears(years, days, transactions);
        calendarYears.seed(InMemoryCalendarYears.fromClasspath(), clock.instant());
        calendarYears.reload();
        return calendarYears;
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarYears years) {
        return new WorkingDayCalendar(years);
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> workingDayTimers(WorkingDayCalendar calendar,
                                                                                     PlatformClock clock) {
        return configuration -> {
            var engineClock = clock.engineClock();
            MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
            calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar(engineClock));
            calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar(engineClock));
            calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar(engineClock));
            calendars.addBusinessCalendar(WorkingDayBusinessCalendar.NAME,
                    new WorkingDayBusinessCalendar(calendar, engineClock));
            configuration.setBusinessCalendarManager(calendars);
        };
    }
}
