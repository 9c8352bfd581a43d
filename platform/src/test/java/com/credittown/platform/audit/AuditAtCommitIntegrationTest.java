package com.credittown.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entries appended at commit ({@link AuditLog#recordAtCommit}, the case path's) on the real PostgreSQL: concurrent
 * transactions of one tenant, each mixing entries at commit with one appended at once, leave a chain without gaps or
 * forks in which each transaction's entries stand together in the order recorded; and the chain's head is locked after
 * the transaction's other writes, JPA's included.
 */
@SpringBootTest
@Import(StatementCounter.Configuration.class)
class AuditAtCommitIntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    OwnChains chains;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager entityManager;

    private TenantId tenant;

    @BeforeEach
    void ownTenant() {
        tenant = chains.newTenant("atc", "审计提交测试镇");
    }

    @Test
    void concurrentTransactionsLeaveOneGapFreeChainWithEachTransactionsEntriesTogether() throws Exception {
        int writers = 4;
        int each = 8;
        ConcurrentWriters.run(writers, each, (writer, i) -> transaction("w" + writer + "-" + i, i % 2 == 1));

        int total = writers * each * 3;
        chains.assertIntact(tenant, total);
        List<String> subjects = jdbc.queryForList(
                "select subject_id from audit_entry where chain = ? order by chain_seq", String.class, tenant.code());
        assertThat(subjects).hasSize(total);
        for (int seq = 0; seq < total; seq += 3) {
            String tx = subjects.get(seq).substring(0, subjects.get(seq).lastIndexOf('/'));
            assertThat(subjects.subList(seq, seq + 3)).as("entries of one transaction, in the order recorded")
                    .containsExactly(tx + "/1", tx + "/2", tx + "/3");
        }
    }

    @Test
    void theHeadIsLockedAfterTheTransactionsJpaWrites() {
        TenantId written = new TenantId("atj-" + UUID.randomUUID().toString().substring(0, 8));

        List<String> statements = StatementCounter.statements(() -> chains.inTransactionAs(tenant, tx -> {
            audit.recordAtCommit("officer", "TENANT_NOTED", "tenant", written.code(), null);
            // a JPA write Hibernate would otherwise send at the commit, after the chain's lock
            entityManager.persist(new Tenant(written, "刷新测试镇", TenantKind.TOWN, Instant.now()));
            return null;
        }));

        int insert = indexOf(statements, "insert into tenant");
        int lock = indexOf(statements, "from audit_chain_head where chain = ? for update");
        assertThat(insert).as("%s", statements).isNotNegative();
        assertThat(lock).as("%s", statements).isGreaterThan(insert);
        assertThat(statements.subList(lock, statements.size())).as("after the lock: the entry and the head only")
                .allMatch(sql -> sql.contains("audit_chain_head") || sql.contains("audit_entry"))
                .anyMatch(sql -> sql.startsWith("insert into audit_entry"));
        assertThat(directory.find(written.code())).isPresent();
    }

    /** Three entries at commit, or (every other transaction) two at commit and one at once. */
    private void transaction(String name, boolean oneAtOnce) {
        chains.inTransactionAs(tenant, tx -> {
            audit.recordAtCommit("officer", "STEP_RECORDED", "case", name + "/1", null);
            audit.recordAtCommit("officer", "STEP_RECORDED", "case", name + "/2", null);
            if (oneAtOnce) {
                // an entry at once appends the waiting ones first and keeps the head locked to the commit
                audit.record("officer", "STEP_RECORDED", "case", name + "/3", null);
            } else {
                audit.recordAtCommit("officer", "STEP_RECORDED", "case", name + "/3", null);
            }
            return null;
        });
    }

    private static int indexOf(List<String> statements, String part) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
