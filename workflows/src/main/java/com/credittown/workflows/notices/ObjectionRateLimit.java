package com.credittown.workflows.notices;

import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how many objections one client files per clock hour, on the public page and the public API alike: the form
 * needs no login, so this is what keeps a script from flooding the town's inbox. Setting
 * {@code credittown.public.objections-per-hour} (default 5). The client is its network address as
 * {@link ClientAddresses} finds it behind trusted proxies. The count lives in the database (table
 * {@code objection_allowance}, one row per client and hour), so every application node shares one allowance; each
 * count is one atomic conditional update, and rows of past hours are deleted.
 */
@Component
public class ObjectionRateLimit {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENT = 64;

    private final int perHour;
    private final PlatformClock clock;
    private final JdbcTemplate jdbc;
    private final ClientAddresses clients;

    ObjectionRateLimit(@Value("${credittown.public.objections-per-hour:5}") int perHour, PlatformClock clock,
                       JdbcTemplate jdbc, ClientAddresses clients) {
        if (perHour < 1) {
            throw new IllegalArgumentException("credittown.public.objections-per-hour must be at least 1, but is "
                    + perHour);
        }
        this.perHour = perHour;
        this.clock = clock;
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** Takes one objection from the allowance of the request's client; false when it has none left this hour. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean tryAcquire(HttpServletRequest request) {
        return tryAcquire(clients.of(request));
    }

    /**
     * Takes one objection from the client's allowance. Runs outside any transaction: each statement commits on its
     * own, so a concurrent node's insert of the same row (a duplicate key) costs nothing but a second update.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean tryAcquire(String client) {
        String key = client == null || client.isBlank() ? "unknown"
                : client.length() > MAX_CLIENT ? client.substring(0, MAX_CLIENT) : client;
        OffsetDateTime window = windowOf(clock.instant());
        if (countOne(key, window)) {
            return true;
        }
        try {
            jdbc.update("insert into objection_allowance (client, window_start, filed) values (?, ?, 1)", key, window);
            return true;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return countOne(key, window);
        }
    }

    /** Deletes the counts of past hours (every node may run it; it is idempotent). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int forgetPastHours() {
        return jdbc.update("delete from objection_allowance where window_start < ?",
                windowOf(clock.instant()));
    }

    public int perHour() {
        return perHour;
    }

    private boolean countOne(String key, OffsetDateTime window) {
        return jdbc.update("update objection_allowance set filed = filed + 1 where client = ? and window_start = ?"
                + " and filed < ?", key, window, perHour) == 1;
    }

    /** The start of the clock hour (UTC) the instant falls in. */
    private static OffsetDateTime windowOf(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
    }
}
