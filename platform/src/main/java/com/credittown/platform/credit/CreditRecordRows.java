package com.credittown.platform.credit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New credit records written as one JDBC batch (the bulk path of {@link CreditArchive#addRecords}): ids from the
 * entity's own sequence generator (pooled-lo), no Hibernate insert, flush or dirty check per record. The records stay
 * outside the persistence context; what this transaction wrote is read back from here without a query
 * ({@link #written}).
 */
@Component
class CreditRecordRows {

    /** Kept beside the mapping it must follow ({@link CreditRecord}, {@link ObjectionHold}). */
    static final String INSERT = "insert into credit_record (id, version, subject_id, owner_tenant, kind, severity,"
            + " department, decision_date, legal_basis, title, summary, min_publicity_end, max_publicity_end, state,"
            + " recorded_at, recorded_by, under_objection, effect_suspended)"
            + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false)";
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};

    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    CreditRecordRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives the new records their ids and inserts them in one batch, after what the persistence context holds (the
     * subjects registered in this transaction: the records refer to them).
     */
    void insert(List<CreditRecord> made) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(CreditRecord.class).getGenerator();
        made.forEach(record -> record.assignId((Long) ids.generate(session, record, null, EventType.INSERT)));
        entityManager.flush();
        jdbc.batchUpdate(INSERT, made.stream().map(CreditRecord::insertValues).toList(), TYPES);
        Map<Long, CreditRecord> written = TransactionMaps.bind(this);
        made.forEach(record -> written.put(record.id(), record));
    }

    /** A record this transaction inserted here, as inserted. */
    Optional<CreditRecord> written(long id) {
        Map<Long, CreditRecord> written = TransactionMaps.bound(this);
        return written == null ? Optional.empty() : Optional.ofNullable(written.get(id));
    }
}
