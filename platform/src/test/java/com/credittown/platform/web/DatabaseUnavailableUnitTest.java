package com.credittown.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseUnavailableUnitTest {

    @Test
    void aPoolTimeoutDeepInTheCausesMeansUnavailable() {
        RuntimeException failure = new IllegalStateException("outer",
                new RuntimeException("middle", new SQLTransientConnectionException("HikariPool-1 - timed out")));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void connectionStatesAndServerShutdownsMeanUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aFailedRollbackOnAnEvictedConnectionMeansUnavailable() {
        // as seen when PostgreSQL was killed mid-request: the rollback's failure replaces the original one
        JpaSystemException failure = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void theOriginalFailureAmongTheSuppressedCounts() {
        RuntimeException failure = new RuntimeException("rollback failed");
        failure.addSuppressed(new SQLTransientConnectionException("timed out"));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNotUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed", "XX000"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }
}
