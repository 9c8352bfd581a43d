package com.credittown.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.ChainBreak;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on the real PostgreSQL: entries appended by the audit log verify; a row edited, inserted or deleted
 * with plain SQL is found at its position; concurrent writers never fork a chain; the migration chains old entries.
 * Every test writes to a tenant of its own, so its tampering stays in its own chain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainIntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    OwnChains chains;
    @Autowired
    AuditVerification verification;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;

    private TenantId tenant;

    @BeforeEach
    void ownTenant() {
        tenant = chains.newTenant("audit", "审计测试镇");
    }

    private long write(int index) {
        return chains.inTransactionAs(tenant, tx ->
                audit.record("officer-" + index, "RECORD_PUBLISHED", "credit-record", "r" + index, "entry " + index));
    }

    private List<Long> writeFive() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(write(i));
        }
        return ids;
    }

    private ChainBreak firstBreak() {
        ChainStatus status = verification.verify(tenant.code());
        assertThat(status.intact()).as("the chain should be broken").isFalse();
        return status.firstBreak().orElseThrow();
    }

    @Test
    void appendedEntriesFormAnIntactChainWithItsHead() {
        List<Long> ids = writeFive();

        ChainStatus status = chains.assertIntact(tenant, 5);

        assertThat(status.headHash()).isEqualTo(jdbc.queryForObject(
                "select entry_hash from audit_entry where id = ?", String.class, ids.get(4)));
        assertThat(jdbc.queryForList("select chain_seq from audit_entry where chain = ? order by id", Long.class,
                tenant.code())).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void anEntryEditedWithPlainSqlIsFoundAtItsPosition() {
        List<Long> ids = writeFive();

        jdbc.update("update audit_entry set detail = 'nothing happened' where id = ?", ids.get(2));

        ChainBreak broken = firstBreak();
        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.entryId()).isEqualTo(ids.get(2));
        assertThat(broken.problem()).contains("does not match its SM3 hash (edited)");
    }

    @Test
    void anEntryDeletedWithPlainSqlIsFoundAsTheMissingPosition() {
        List<Long> ids = writeFive();

        jdbc.update("delete from audit_entry where id = ?", ids.get(1));

        ChainBreak broken = firstBreak();
        assertThat(broken.seq()).isEqualTo(2);
        assertThat(broken.entryId()).isEqualTo(ids.get(2));
        assertThat(broken.problem()).contains("position 2 is missing (deleted)");
    }

    @Test
    void theLastEntryDeletedWithPlainSqlIsFoundThroughTheHead() {
        List<Long> ids = writeFive();

        jdbc.update("delete from audit_entry where id = ?", ids.get(4));

        ChainBreak broken = firstBreak();
        assertThat(broken.seq()).isEqualTo(5);
        assertThat(broken.problem()).contains("the head records 5 entries, but the chain ends at position 4");
    }

    @Test
    void anEntryInsertedWithPlainSqlIsFoundAtItsPosition() {
        List<Long> ids = writeFive();
        String last = jdbc.queryForObject("select entry_hash from audit_entry where id = ?", String.class, ids.get(4));

        // copies the row format, links to the real last entry, but cannot know the hash the content calls for
        jdbc.update("insert into audit_entry (tenant_id, occurred_at, actor, action, subject_type, subject_id, detail,"
                + " chain, chain_seq, prev_hash, entry_hash) values (?, now(), 'officer-1', 'RECORD_ARCHIVED',"
                + " 'credit-record', 'r1', 'archived', ?, 6, ?, ?)", tenant.code(), tenant.code(), last, "f".repeat(64));
        long inserted = jdbc.queryForObject("select id from audit_entry where chain = ? and chain_seq = 6", Long.class,
                tenant.code());

        ChainBreak broken = firstBreak();
        assertThat(broken.seq()).isEqualTo(6);
        assertThat(broken.entryId()).isEqualTo(inserted);
        assertThat(broken.problem()).contains("does not match its SM3 hash");
    }

    @Test
    void concurrentWritersNeverForkAChain() throws Exception {
        int writers = 3;
        int each = 15;
        ConcurrentWriters.run(writers, each, (writer, i) -> write(writer * 100 + i));

        chains.assertIntact(tenant, writers * each);
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) from audit_entry where chain = ?",
                Integer.class, tenant.code())).isEqualTo(writers * each);
    }

    @Test
    void cityLevelEntriesHaveTheirOwnChainThatNoTenantSees() {
        String subject = UUID.randomUUID().toString();
        long id = transactions.execute(tx -> audit.recordForCity("city.office", "SUPERVISION_SENT", "supervision",
                subject, "city-level"));

        assertThat(jdbc.queryForMap("select tenant_id, chain from audit_entry where id = ?", id))
                .containsEntry("chain", ChainedEntry.CITY).containsEntry("tenant_id", null);
        assertThat(verification.verify(ChainedEntry.CITY).intact()).isTrue();
        assertThat(TenantContext.callAs(TenantFixtures.HUMEN, () -> audit.trailOf("supervision", subject))).isEmpty();
    }

    @Test
    void theMigrationChainsEntriesWrittenBeforeTheChainExisted() throws Exception {
        // PostgreSQL's DDL is transactional: the old, unchained shape exists only inside this rolled-back transaction
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_entry alter column chain drop not null, alter column chain_seq"
                        + " drop not null, alter column prev_hash drop not null, alter column entry_hash drop not null");
                for (int i = 1; i <= 3; i++) {
                    statement.execute("insert into audit_entry (tenant_id, occurred_at, actor, action, subject_type,"
                            + " subject_id, detail) values ('" + tenant.code() + "', now() + interval '" + i
                            + " second', 'officer', 'OLD_" + i + "', 'case', 'c" + i + "', 'before the chain')");
                }
            }

            int chained = AuditChainBackfill.chain(connection);

            assertThat(chained).isEqualTo(3);
            ChainWalk walk = new ChainWalk(tenant.code());
            try (var read = connection.prepareStatement("select id, chain, chain_seq, tenant_id, occurred_at, actor,"
                    + " action, subject_type, subject_id, detail, prev_hash, entry_hash from audit_entry where chain = ?"
                    + " order by chain_seq")) {
                read.setString(1, tenant.code());
                try (var rs = read.executeQuery()) {
                    while (rs.next()) {
                        walk.next(new ChainedEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12)));
                    }
                }
            }
            try (var head = connection.prepareStatement("select last_seq, last_hash from audit_chain_head where chain = ?")) {
                head.setString(1, tenant.code());
                try (var rs = head.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(3);
                    walk.end(java.util.Optional.of(new AuditChainHeads.Head(tenant.code(), 3, rs.getString(2))));
                }
            }
            assertThat(walk.entries()).isEqualTo(3);
            assertThat(walk.firstBreak()).isEmpty();
            connection.rollback();
        }
    }

    @Test
    void theCityOfficeVerifiesEveryChainOverRestAndAnAdministratorItsOwn() throws Exception {
        writeFive();
        var administrator = TestUsers.user(tenant.code() + ".admin", tenant.code(),
                Set.of(Roles.OFFICER, Roles.ADMINISTRATOR), null, null);

        mvc.perform(get("/api/city/audit/chains").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.chain == '" + tenant.code() + "')].intact").value(true))
                .andExpect(jsonPath("$[?(@.chain == '" + tenant.code() + "')].entries").value(5));
        mvc.perform(get("/api/tenants/" + tenant.code() + "/audit/chain").with(administrator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chain").value(tenant.code()))
                .andExpect(jsonPath("$.headSeq").value(5))
                .andExpect(jsonPath("$.intact").value(true));

        jdbc.update("update audit_entry set actor = 'nobody' where chain = ? and chain_seq = 4", tenant.code());
        mvc.perform(get("/api/tenants/" + tenant.code() + "/audit/chain").with(administrator))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.brokenAt").value(4))
                .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.containsString("edited")));
        // another tenant's administrator reads its own chain only; officers and the city-level list are refused
        mvc.perform(get("/api/tenants/" + tenant.code() + "/audit/chain").with(TestUsers.user("humen.admin", "humen",
                        Set.of(Roles.ADMINISTRATOR), null, null)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/" + tenant.code() + "/audit/chain").with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/audit/chains").with(administrator)).andExpect(status().isForbidden());
    }
}
