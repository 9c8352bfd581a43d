package com.credittown.platform.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored answers of idempotent requests, per user and key (table {@code idempotent_request}). */
@Repository
class IdempotentRequests {

    private final JdbcTemplate jdbc;

    IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredRequest> find(String owner, String key) {
        return jdbc.query("select request_hash, status, content_type, location, body from idempotent_request"
                        + " where owner = ? and idem_key = ?",
                (rs, n) -> new StoredRequest(rs.getString("request_hash"), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getString("body")),
                owner, key).stream().findFirst();
    }

    /** Takes the key; a concurrent holder makes this wait for its commit and then fail with a duplicate key. */
    void claim(String owner, String key, String requestHash, Instant at) {
        jdbc.update("insert into idempotent_request (owner, idem_key, request_hash, created_at) values (?, ?, ?, ?)",
                owner, key, requestHash, Timestamp.from(at));
    }

    void answer(String owner, String key, int status, String contentType, String location, String body) {
        jdbc.update("update idempotent_request set status = ?, content_type = ?, location = ?, body = ?"
                + " where owner = ? and idem_key = ?", status, contentType, location, body, owner, key);
    }

    int purgeBefore(Instant before) {
        return jdbc.update("delete from idempotent_request where created_at < ?", Timestamp.from(before));
    }
}
