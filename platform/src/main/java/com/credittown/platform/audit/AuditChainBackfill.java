package com.credittown.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * The Liquibase migration that chains the audit entries written before the chain existed (changeset
 * {@code platform-audit-chain-002}): in id order, each entry without a position gets the next position of its
 * tenant's chain and its SM3 link, and each chain's head row is written. It runs once, inside the migration, before the
 * columns become NOT NULL; entries appended later are chained by {@link AuditLog} as they are written.
 */
public class AuditChainBackfill implements CustomTaskChange {

    private int chained;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            chained = chain(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("Chaining the existing audit entries failed: " + e.getMessage(), e);
        }
    }

    /**
     * Appends every unchained entry (no {@code chain_seq}) to its chain in id order, continuing a chain from its head
     * if it has one; returns how many entries were chained.
     */
    static int chain(Connection connection) throws SQLException {
        Map<String, AuditChainHeads.Head> heads = new LinkedHashMap<>();
        try (PreparedStatement read = connection.prepareStatement(
                "select chain, last_seq, last_hash from audit_chain_head");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                heads.put(rs.getString(1), new AuditChainHeads.Head(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        List<ChainedEntry> sealed = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("select id, tenant_id, occurred_at, actor, action,"
                + " subject_type, subject_id, detail from audit_entry where chain_seq is null order by id");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                String tenant = rs.getString(2);
                String chain = ChainedEntry.chainOf(tenant);
                AuditChainHeads.Head head = heads.getOrDefault(chain,
                        new AuditChainHeads.Head(chain, 0, ChainedEntry.GENESIS));
                ChainedEntry entry = new ChainedEntry(rs.getLong(1), chain, head.seq() + 1, tenant,
                        ChainedEntry.stored(rs.getObject(3, OffsetDateTime.class).toInstant()), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), head.hash(), null).sealed();
                heads.put(chain, new AuditChainHeads.Head(chain, entry.seq(), entry.hash()));
                sealed.add(entry);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update audit_entry set chain = ?, chain_seq = ?,"
                + " prev_hash = ?, entry_hash = ? where id = ?")) {
            for (ChainedEntry entry : sealed) {
                update.setString(1, entry.chain());
                update.setLong(2, entry.seq());
                update.setString(3, entry.previousHash());
                update.setString(4, entry.hash());
                update.setLong(5, entry.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_chain_head where chain = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into audit_chain_head (chain, last_seq, last_hash) values (?, ?, ?)")) {
            for (AuditChainHeads.Head head : heads.values()) {
                delete.setString(1, head.chain());
                delete.executeUpdate();
                insert.setString(1, head.chain());
                insert.setLong(2, head.seq());
                insert.setString(3, head.hash());
                insert.executeUpdate();
            }
        }
        return sealed.size();
    }

    @Override
    public String getConfirmationMessage() {
        return "Chained " + chained + " existing audit entries (SM3)";
    }

    @Override
    public void setUp() throws SetupException {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
