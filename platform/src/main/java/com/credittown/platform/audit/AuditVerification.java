package com.credittown.platform.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies audit chains: walks each chain in position order, recomputes every entry's SM3 hash and link, and compares
 * the end with the chain's head. Reports the first broken position: an edited entry (its content no longer matches its
 * hash), an inserted one (it does not link, or the chain runs past its head), a deleted one (a missing position, or a
 * head past the chain's end). Who may verify which chain is decided by the callers (the REST API and the audit page).
 */
@Service
public class AuditVerification {

    private final JdbcTemplate jdbc;
    private final AuditChainHeads heads;

    AuditVerification(JdbcTemplate jdbc, AuditChainHeads heads) {
        this.jdbc = jdbc;
        this.heads = heads;
    }

    /** Every chain: the tenants' (also those whose head is missing) and the city level's, by chain. */
    @Transactional(readOnly = true)
    public List<ChainStatus> verifyAll() {
        Map<String, AuditChainHeads.Head> byChain = new TreeMap<>();
        heads.all().forEach(head -> byChain.put(head.chain(), head));
        jdbc.queryForList("select distinct chain from audit_entry", String.class)
                .forEach(chain -> byChain.putIfAbsent(chain, null));
        List<ChainStatus> statuses = new ArrayList<>();
        byChain.forEach((chain, head) -> statuses.add(verify(chain, Optional.ofNullable(head))));
        return statuses;
    }

    /** One chain: a tenant's code, or {@link ChainedEntry#CITY}. */
    @Transactional(readOnly = true)
    public ChainStatus verify(String chain) {
        return verify(chain, heads.all().stream().filter(head -> head.chain().equals(chain)).findFirst());
    }

    private ChainStatus verify(String chain, Optional<AuditChainHeads.Head> head) {
        ChainWalk walk = new ChainWalk(chain);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select id, chain, chain_seq, tenant_id, occurred_at, actor,"
                    + " action, subject_type, subject_id, detail, prev_hash, entry_hash from audit_entry"
                    + " where chain = ? order by chain_seq, id");
            statement.setString(1, chain);
            statement.setFetchSize(500);
            return statement;
        }, rs -> {
            walk.next(new ChainedEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
        });
        walk.end(head);
        return new ChainStatus(chain, walk.entries(), head.map(AuditChainHeads.Head::seq).orElse(0L),
                head.map(AuditChainHeads.Head::hash).orElse(null), walk.firstBreak());
    }
}
