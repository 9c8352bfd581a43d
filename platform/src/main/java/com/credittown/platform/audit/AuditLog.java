package com.credittown.platform.audit;

import com.credittown.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries in the caller's transaction, so an audited change and its entry commit or roll back together.
 * Each entry is appended to its chain (the current tenant's, or the city level's for {@link #recordForCity}) with its
 * SM3 link to the entry before it (see {@link ChainedEntry}); the chain's head row is locked for the append, so two
 * transactions writing to one chain take turns and the chain never forks.
 */
@Service
public class AuditLog {

    /** The actor of work the platform does by itself (timers, provisioning). */
    public static final String SYSTEM = "system";

    private static final int MAX_DETAIL = 2000;

    private final AuditEntries entries;
    private final AuditChainHeads heads;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEntries entries, AuditChainHeads heads, JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends an entry to the current tenant's chain; returns its id.
     *
     * @throws TenantContext.MissingTenantException without a tenant: tenant work fails closed (city-level entries are
     *                                              written with {@link #recordForCity} on purpose)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(String actor, String action, String subjectType, String subjectId, String detail) {
        return append(TenantContext.require().code(), actor, action, subjectType, subjectId, detail);
    }

    /** Appends a city-level entry (no tenant: e.g. the city office's own acts) to the city chain; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordForCity(String actor, String action, String subjectType, String subjectId, String detail) {
        return append(null, actor, action, subjectType, subjectId, detail);
    }

    private long append(String tenant, String actor, String action, String subjectType, String subjectId,
                        String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        String chain = ChainedEntry.chainOf(tenant);
        AuditChainHeads.Head head = heads.lockForAppend(chain);
        ChainedEntry entry = new ChainedEntry(0, chain, head.seq() + 1, tenant, ChainedEntry.stored(clock.instant()),
                actor, action, subjectType, subjectId, trimmed, head.hash(), null).sealed();
        jdbc.update("insert into audit_entry (tenant_id, occurred_at, actor, action, subject_type, subject_id, detail,"
                        + " chain, chain_seq, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.tenant(), entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.detail(), entry.chain(), entry.seq(),
                entry.previousHash(), entry.hash());
        heads.advance(chain, entry.seq(), entry.hash());
        return jdbc.queryForObject("select id from audit_entry where chain = ? and chain_seq = ?", Long.class, chain,
                entry.seq());
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
        return append(tenant.code(), actor, action, subjectType, subjectId, detail);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> trailOf(String subjectType, String subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }
}
