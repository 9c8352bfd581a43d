/**
 * The working-day calendar (工作日历): the State Council's holiday schedule per year as data the city office
 * maintains ({@link com.credittown.platform.calendar.CalendarYear}), stored in the database and entered through
 * {@link com.credittown.platform.calendar.CalendarMaintenance} and the REST API under {@code /api/calendar}, with the
 * years shipped in {@code calendar/<year>.json} seeded at start-up; working-day arithmetic for legal deadlines
 * ({@link com.credittown.platform.calendar.WorkingDayCalendar}) that flags years with no calendar entered; the one
 * {@link com.credittown.platform.calendar.Deadline} every process stores (N working days, passed at the city's
 * midnight, flagged when a year is missing); and a
 * Flowable business calendar so BPMN timers count working days
 * ({@link com.credittown.platform.calendar.WorkingDayBusinessCalendar}).
 */
package com.credittown.platform.calendar;
