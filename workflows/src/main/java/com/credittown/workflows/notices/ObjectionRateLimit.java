package com.credittown.workflows.notices;

import com.credittown.platform.time.PlatformClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many objections one client (its network address) files per hour, on the public page and the
 * public API alike: the form needs no login, so this is what keeps a script from flooding the town's inbox.
 * Setting {@code credittown.public.objections-per-hour} (default 5). Kept in memory, per application node.
 */
@Component
public class ObjectionRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 100_000;

    private final int perHour;
    private final PlatformClock clock;
    private final Map<String, Deque<Instant>> filed = new ConcurrentHashMap<>();

    ObjectionRateLimit(@Value("${credittown.public.objections-per-hour:5}") int perHour, PlatformClock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Takes one objection from the client's allowance; false when it has none left this hour. */
    public boolean tryAcquire(String client) {
        if (filed.size() > MAX_CLIENTS) {
            filed.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> times = filed.computeIfAbsent(client == null ? "" : client, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    public int perHour() {
        return perHour;
    }
}
