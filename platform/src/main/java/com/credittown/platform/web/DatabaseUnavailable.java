package com.credittown.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means "the database cannot be reached right now" (stopped, restarting, connections
 * dropped, the pool timed out waiting for one) rather than a fault in the request or the code. Such a request is
 * answered 503 with Retry-After: nothing it asked for was committed, and the same request can be sent again.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** True if the failure or any of its causes says the database is unreachable. */
    public static boolean causedBy(Throwable failure) {
        // causes and suppressed failures: a failed rollback hides the original failure among the suppressed
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (seen.put(t, true) != null) {
                continue;
            }
            if (unavailable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException || t instanceof JDBCConnectionException) {
            return true;
        }
        // HikariCP's stand-in for a connection it evicted because the server went away has no SQLSTATE
        return t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                || sql.getSQLState() == null && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()));
    }

    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    /**
     * SQLSTATE class 08 (connection exception) and the server's operator interventions: 57P01 admin shutdown,
     * 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down).
     */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
