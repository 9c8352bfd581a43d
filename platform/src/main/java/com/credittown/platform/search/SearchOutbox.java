package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
        // start or a task completion raises three to six engine events; insert keeps the first)
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

    private static final String INSERT = "insert into search_outbox (tenant_id, doc_type, doc_id, operation, payload,"
            + " created_at, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, 0, ?)";

    /**
     * Queues one row for the caller's transaction; the rows are inserted together (one batch) just before it commits,
     * or at once outside a transaction with synchronization or when it is already committing. A row without payload
     * (the dispatcher reads the document's current state) is queued once per document and operation: a second one in
     * the same transaction would index the same state again.
     *
     * @param tenant the document's tenant, {@code null} for a city-level document
     */
    private void insert(String type, TenantId tenant, String documentId, OutboxOperation operation, String payload) {
        // created_at is the change's time on the platform clock (it becomes the document's updatedAt);
        // next_attempt_at is machinery and follows the system clock, like the dispatcher.
        Object[] row = {tenant == null ? null : tenant.code(), type, documentId, operation.name(), payload,
                Timestamp.from(clock.instant()), Timestamp.from(java.time.Instant.now())};
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(INSERT, row);
        } else if (payload != null || pending.documents.add(java.util.Arrays.asList(row).subList(0, 4))) {
            pending.rows.add(row);
        }
    }

    /** This transaction's queued rows (registered on first use); null when a row must be inserted at once. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.outbox() == this) {
                return pending.committing ? null : pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The rows of one transaction waiting for its commit. */
    private final class Pending implements TransactionSynchronization {
        private final List<Object[]> rows = new ArrayList<>();
        private final Set<List<Object>> documents = new HashSet<>();
        private boolean committing;

        SearchOutbox outbox() {
            return SearchOutbox.this;
        }

        @Override
        public int getOrder() {
            // before the audit log's appends (lowest precedence), which lock the chain head for the commit
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            if (rows.size() == 1) {
                jdbc.update(INSERT, rows.get(0));
            } else if (!rows.isEmpty()) {
                jdbc.batchUpdate(INSERT, rows);
            }
            rows.clear();
        }
    }
}
