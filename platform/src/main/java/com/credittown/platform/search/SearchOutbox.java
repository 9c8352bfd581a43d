package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes outbox rows in the caller's transaction, so a change and the order to index it commit or roll back
 * together (nothing is lost, nothing phantom is indexed). The rows of one transaction are written in one batch just before
 * it commits.
 *
 * <p>{@code search_outbox} is not tenant-scoped in Hibernate's sense: the row carries the tenant in a plain
 * {@code tenant_id} column, taken from the change (none for the city-level documents of the credit archive), and the
 * dispatcher reads it across tenants as system work. The
 * table is written and read with JDBC on the transaction's own connection.
 */
@Component
public class SearchOutbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SearchOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Asks for the subject's document (city-level) to be (re)indexed from its current state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void subjectChanged(long subjectId) {
        insert(SubjectDocumentType.NAME, null, Long.toString(subjectId), OutboxOperation.UPSERT, null);
    }

    /** Asks for the credit record's document (city-level) to be (re)indexed from its current state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanged(long recordId) {
        insert(RecordDocumentType.NAME, null, Long.toString(recordId), OutboxOperation.UPSERT, null);
    }

    /** Asks for the case's (process instance's) document to be (re)indexed from its current state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void caseChanged(TenantId tenant, String processInstanceId) {
        // the dispatcher reads the case's state when it sends it: one row per case and transaction is enough (a case
        // start or a task completion raises three to six engine events)
        if (!com.credittown.platform.workflow.OncePerTransaction.first(this, tenant.code() + '/' + processInstanceId)) {
            return;
        }
        write(CaseDocumentType.NAME, tenant, processInstanceId, OutboxOperation.UPSERT, null);
    }

    /**
     * Writes one outbox row.
     *
     * @param type    a {@link SearchDocumentType} name, e.g. {@code subject}
     * @param payload the document as JSON, or null to have the dispatcher read the current state
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(String type, TenantId tenant, String documentId, OutboxOperation operation, String payload) {
        insert(type, Objects.requireNonNull(tenant, "tenant"), documentId, operation, payload);
    }

    /** @param tenant the document's tenant, {@code null} for a city-level document */
    private void insert(String type, TenantId tenant, String documentId, OutboxOperation operation, String payload) {
        // created_at is the change's time on the platform clock (it becomes the document's updatedAt);
        // next_attempt_at is machinery and follows the system clock, like the dispatcher.
        Timestamp changedAt = Timestamp.from(clock.instant());
        Timestamp due = Timestamp.from(java.time.Instant.now());
        Object[] row = {tenant == null ? null : tenant.code(), type, documentId, operation.name(), payload, changedAt,
                due};
        Pending pending = pendingRows();
        if (pending == null) {
            jdbc.update(INSERT, row);
        } else {
            pending.rows.add(row);
        }
    }

    private static final String INSERT = "insert into search_outbox (tenant_id, doc_type, doc_id, operation, payload,"
            + " created_at, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, 0, ?)";

    /**
     * The transaction's rows waiting for its commit (registered on first use), or null when a row must be written at
     * once (no synchronization, or the transaction is already committing). The rows are written in one JDBC batch
     * just before the commit, in the order they were asked for: a chunk of an import that changes thousands of
     * subjects and records costs one round trip for its outbox instead of one per row. They still commit or roll
     * back with the change, and the dispatcher, which reads committed rows only, sees no difference.
     */
    private Pending pendingRows() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.outer() == this) {
                return pending.flushed ? null : pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private final class Pending implements TransactionSynchronization {
        private final List<Object[]> rows = new ArrayList<>();
        private boolean flushed;

        SearchOutbox outer() {
            return SearchOutbox.this;
        }

        @Override
        public int getOrder() {
            // before the audit log's appends (lowest precedence), which lock the chain head for the commit
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
    }
}
