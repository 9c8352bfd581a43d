package com.credittown.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.common.engine.impl.util.DefaultClockImpl;

/**
 * The one clock of the platform. The Flowable engine runs on it (timers, due dates) and so does the
 * application (audit times, deadlines), so moving it in a test moves both together.
 */
public final class PlatformClock extends Clock {

    /** The city's zone: every date of a deadline is a date in this zone. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final DefaultClockImpl engineClock;

    public PlatformClock() {
        this(new DefaultClockImpl());
    }

    private PlatformClock(DefaultClockImpl engineClock) {
        this.engineClock = engineClock;
    }

    /** The Flowable side of this clock, for the engine configuration. */
    public DefaultClockImpl engineClock() {
        return engineClock;
    }

    /** Moves the clock to a fixed instant (tests and simulations only). */
    public void moveTo(Instant instant) {
        engineClock.setCurrentTime(Date.from(instant));
    }

    /** Lets the clock follow the system time again. */
    public void reset() {
        engineClock.reset();
    }

    @Override
    public ZoneId getZone() {
        return CITY_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return engineClock.getCurrentTime().toInstant();
    }
}
