package com.credittown.platform.audit;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes audit entries in the caller's transaction, so an audited change and its entry commit or roll back together.
 * Each entry is appended to its chain (the current tenant's, or the city level's for {@link #recordForCity}) with its
 * SM3 link to the entry before it (see {@link ChainedEntry}); the chain's head row is locked for the append, so two
 * transactions writing to one chain take turns and the chain never forks.
 *
 * <p>The lock is held until the transaction ends. On busy paths (a case's steps, archive writes) use
 * {@link #recordAtCommit}: the entry is appended just before the commit, after the transaction's other writes (its
 * pending JPA writes are flushed first, the search outbox's rows go before), so the chain is locked for the commit
 * only, not for the rest of the transaction, and a tenant's concurrent case starts and completions no longer take
 * turns for their whole length. Entries keep the order they were recorded in within a transaction.
 */
@Service
public class AuditLog {

    /** The actor of work the platform does by itself (timers, provisioning). */
    public static final String SYSTEM = CurrentUsers.SYSTEM;

    private static final int MAX_DETAIL = 2000;

    private final AuditEntries entries;
    private final AuditChainHeads heads;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectProvider<EntityManagerFactory> persistence;

    AuditLog(AuditEntries entries, AuditChainHeads heads, JdbcTemplate jdbc, Clock clock,
             ObjectProvider<EntityManagerFactory> persistence) {
        this.entries = entries;
        this.heads = heads;
        this.jdbc = jdbc;
        this.clock = clock;
        this.persistence = persistence;
    }

    /**
     * Appends an entry to the chain of the authority the thread acts for: the current tenant's, or the city's for work
     * bound to the city on purpose ({@code CityWrites}, {@code CityReads}); returns its id.
     *
     * @throws TenantContext.MissingTenantException with neither: tenant work fails closed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(String actor, String action, String subjectType, String subjectId, String detail) {
        String chain = currentChain();
        appendPending();
        return append(chain, clock.instant(), actor, action, subjectType, subjectId, detail);
    }

    /** The current tenant's code, or {@code null} (the city chain) when the thread is bound to the city. */
    private static String currentChain() {
        if (TenantContext.current().isEmpty() && TenantContext.readsForCity()) {
            return null;
        }
        return TenantContext.require().code();
    }

    /**
     * Appends an entry to the current authority's chain just before the caller's transaction commits (at once when
     * the transaction is already committing): what {@link #record} does, with the chain's head locked for the commit
     * only.
     * The entry keeps the time it was recorded at; the transaction's other writes commit with it or not at all.
     *
     * @throws TenantContext.MissingTenantException with neither a tenant nor the city bound
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAtCommit(String actor, String action, String subjectType, String subjectId, String detail) {
        Pending entry = new Pending(currentChain(), clock.instant(), actor, action, subjectType, subjectId, detail);
        PendingEntries pending = pendingEntries();
        if (pending == null) {
            entry.appendTo(this);
        } else {
            pending.entries.add(entry);
        }
    }

    /** Appends a city-level entry (no tenant: e.g. the city office's own acts) to the city chain; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordForCity(String actor, String action, String subjectType, String subjectId, String detail) {
        appendPending();
        return append(null, clock.instant(), actor, action, subjectType, subjectId, detail);
    }

    private record Pending(String tenant, Instant at, String actor, String action, String subjectType,
                           String subjectId, String detail) {
        void appendTo(AuditLog log) {
            log.append(tenant, at, actor, action, subjectType, subjectId, detail);
        }
    }

    /** The entries of one transaction waiting for its commit; runs after the other before-commit work. */
    private final class PendingEntries implements TransactionSynchronization {
        private final List<Pending> entries = new ArrayList<>();
        private boolean committing;

        AuditLog outer() {
            return AuditLog.this;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!entries.isEmpty() && !readOnly) {
                flushPersistenceContext();
            }
            committing = true;
            appendAll();
        }

        void appendAll() {
            List<Pending> due = List.copyOf(entries);
            entries.clear();
            appendBatched(due);
        }
    }

    /**
     * Sends the transaction's JPA writes still waiting in the persistence context before the chain's head is locked:
     * Hibernate would otherwise send them at the commit, after the lock, and a tenant's next commit would wait for
     * them too. Nothing is written that the commit would not have written.
     */
    private void flushPersistenceContext() {
        EntityManagerFactory factory = persistence.getIfAvailable();
        if (factory != null
                && TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder held
                && held.isSynchronizedWithTransaction()) {
            held.getEntityManager().flush();
        }
    }

    /** This transaction's waiting entries (registered on first use); null when entries must be appended at once. */
    private PendingEntries pendingEntries() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEntries pending && pending.outer() == this) {
                return pending.committing ? null : pending;
            }
        }
        PendingEntries pending = new PendingEntries();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Appends this transaction's waiting entries first, so an entry appended at once keeps its place after them. */
    private void appendPending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEntries pending && pending.outer() == this) {
                pending.appendAll();
            }
        }
    }

    /**
     * Appends a transaction's waiting entries: per chain (in the order each chain first appears) the head is locked
     * once, the entries are sealed one after the other in the order they were recorded, inserted in one JDBC batch
     * and the head advanced once. The chain is the same as with one append per entry; a chunk of an import with
     * thousands of entries costs a few round trips instead of three per entry.
     */
    private void appendBatched(List<Pending> due) {
        if (due.size() == 1) {
            due.get(0).appendTo(this);
            return;
        }
        java.util.Map<String, List<Pending>> byChain = new java.util.LinkedHashMap<>();
        for (Pending entry : due) {
            byChain.computeIfAbsent(ChainedEntry.chainOf(entry.tenant()), chain -> new ArrayList<>()).add(entry);
        }
        byChain.forEach((chain, pending) -> {
            AuditChainHeads.Head head = heads.lockForAppend(chain);
            long seq = head.seq();
            String previous = head.hash();
            List<Object[]> rows = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                String detail = p.detail() == null || p.detail().length() <= MAX_DETAIL ? p.detail()
                        : p.detail().substring(0, MAX_DETAIL);
                ChainedEntry entry = new ChainedEntry(0, chain, ++seq, p.tenant(), ChainedEntry.stored(p.at()),
                        p.actor(), p.action(), p.subjectType(), p.subjectId(), detail, previous, null).sealed();
                previous = entry.hash();
                rows.add(values(entry));
            }
            jdbc.batchUpdate(INSERT, rows);
            heads.advance(chain, seq, previous);
        });
    }

    private static final String INSERT = "insert into audit_entry (tenant_id, occurred_at, actor, action,"
            + " subject_type, subject_id, detail, chain, chain_seq, prev_hash, entry_hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static Object[] values(ChainedEntry entry) {
        return new Object[] {entry.tenant(), entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(),
                entry.action(), entry.subjectType(), entry.subjectId(), entry.detail(), entry.chain(), entry.seq(),
                entry.previousHash(), entry.hash()};
    }

    private long append(String tenant, Instant at, String actor, String action, String subjectType, String subjectId,
                        String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        String chain = ChainedEntry.chainOf(tenant);
        AuditChainHeads.Head head = heads.lockForAppend(chain);
        ChainedEntry entry = new ChainedEntry(0, chain, head.seq() + 1, tenant, ChainedEntry.stored(at),
                actor, action, subjectType, subjectId, trimmed, head.hash(), null).sealed();
        Object[] values = values(entry);
        // the new id comes back with the insert (generated keys), not from a second query
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(insert, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
            }
            return insert;
        }, id);
        heads.advance(chain, entry.seq(), entry.hash());
        // H2 answers the identity column (ID), PostgreSQL the whole row (id, ...)
        return id.getKeyList().get(0).entrySet().stream().filter(key -> key.getKey().equalsIgnoreCase("id"))
                .map(key -> ((Number) key.getValue()).longValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The audit entry's id did not come back"));
    }

    /**
     * Writes an entry into a named tenant's trail from the city's writes across tenants ({@code CityWrites}), in the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordFor(com.credittown.platform.tenancy.TenantId tenant, String actor, String action,
                          String subjectType, String subjectId, String detail) {
        if (!TenantContext.readsForCity()) {
            throw new IllegalStateException("Only the city's writes across tenants name the tenant of an entry");
        }
        appendPending();
        return append(tenant.code(), clock.instant(), actor, action, subjectType, subjectId, detail);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> trailOf(String subjectType, String subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }
}
