package com.credittown.platform.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The security log: logins, failed logins and (with the natural-person feature) every read of a person's
 * data, with who and when. City-wide, so it is written with plain JDBC rather than the tenant-filtered
 * entities.
 */
@Service
public class AccessEvents {

    private static final int MAX_DETAIL = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(AccessKind kind, String username, Optional<String> tenant, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.update("insert into access_event (occurred_at, kind, username, tenant_id, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), kind.name(), username, tenant.orElse(null), trimmed);
    }

    /** The latest events of a user, newest first. */
    public List<AccessEvent> of(String username, int max) {
        return jdbc.query("select occurred_at, kind, username, tenant_id, detail from access_event where username = ? "
                        + "order by id desc limit ?",
                (rs, row) -> new AccessEvent(rs.getTimestamp(1).toInstant(), AccessKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5)),
                username, max);
    }
}
