package com.credittown.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of each audit chain (table {@code audit_chain_head}): its last position and hash. Appending locks the
 * chain's head row ({@code SELECT ... FOR UPDATE}) until the transaction ends: the one place chains are serialised.
 */
@Component
class AuditChainHeads {

    /** A chain's last position (0 for an empty chain) and hash ({@link ChainedEntry#GENESIS} for an empty chain). */
    record Head(String chain, long seq, String hash) {
    }

    private final JdbcTemplate jdbc;

    AuditChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain's head for the current transaction, creating it for a chain's first entry. */
    Head lockForAppend(String chain) {
        Head head = locked(chain);
        if (head != null) {
            return head;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            createIfMissing(connection, chain);
            return null;
        });
        head = locked(chain);
        if (head == null) {
            throw new IllegalStateException("The head of audit chain " + chain + " could not be created");
        }
        return head;
    }

    void advance(String chain, long seq, String hash) {
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where chain = ?", seq, hash, chain);
    }

    /** Every head, by chain. */
    List<Head> all() {
        return jdbc.query("select chain, last_seq, last_hash from audit_chain_head order by chain",
                (rs, row) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3)));
    }

    private Head locked(String chain) {
        List<Head> found = jdbc.query(
                "select chain, last_seq, last_hash from audit_chain_head where chain = ? for update",
                (rs, row) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3)), chain);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Inserts the empty head behind a savepoint: if another transaction created it first, the duplicate key rolls back
     * to the savepoint only, and the caller's transaction goes on (PostgreSQL would otherwise abort it).
     */
    private static void createIfMissing(Connection connection, String chain) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_chain_head (chain, last_seq, last_hash) values (?, 0, ?)")) {
            insert.setString(1, chain);
            insert.setString(2, ChainedEntry.GENESIS);
            insert.executeUpdate();
            connection.releaseSavepoint(savepoint);
        } catch (SQLException duplicate) {
            connection.rollback(savepoint);
        }
    }
}
