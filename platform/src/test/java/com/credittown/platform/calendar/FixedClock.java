package com.credittown.platform.calendar;

import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;

/** An engine clock stopped at a given instant (Flowable's DefaultClockImpl keeps its time in a static field). */
final class FixedClock implements Clock {

    private final TimeZone zone;
    private Date now;

    FixedClock(Instant now, TimeZone zone) {
        this.now = Date.from(now);
        this.zone = zone;
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        now = currentTime;
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        now = currentTime.getTime();
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("a fixed clock has no real time to return to");
    }

    @Override
    public Date getCurrentTime() {
        return now;
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(zone);
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = new GregorianCalendar(timeZone);
        calendar.setTime(now);
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return zone;
    }
}
