package com.credittown.platform.calendar;

import com.credittown.platform.time.PlatformClock;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The city's working-day calendar, for the application and for Flowable timers
 * ({@code flowable:businessCalendarName="workingDays"}).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    CalendarYears calendarYears() {
        return InMemoryCalendarYears.fromClasspath();
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
