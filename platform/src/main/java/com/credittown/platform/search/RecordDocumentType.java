package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.credit.ArchiveReaders;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit records of the city's archive as search documents: read from {@code credit_record} with its subject's name
 * and code (system work of the dispatcher and the reindex). City-level: a document says who may find it
 * ({@link ArchiveReaders}: every tenant while public, otherwise its owner).
 *
 * <p>A record's subject name and code are copied into the document. The archive has no rename of a subject (code
 * and name are set at registration), so a record's document only changes with the record itself; a rename, if one
 * is ever added, must also queue the subject's records.
 */
@Component
class RecordDocumentType extends JdbcDocumentType {

    static final String NAME = "record";

    private final ArchiveReaders readers;

    RecordDocumentType(JdbcTemplate jdbc, ArchiveReaders readers) {
        // the subject's name and code as scalar subqueries, not a join: a batch of the outbox is a few hundred records,
        // and PostgreSQL answered the join with a hash over every subject, a cost that grew with the archive
        // (docs/benchmarks/double-publicity-import.md); a subquery is a key look-up per row
        super(jdbc, "select r.id, r.owner_tenant, r.version, r.subject_id,"
                + " (select s.name from credit_subject s where s.id = r.subject_id) as subject_name,"
                + " (select s.code from credit_subject s where s.id = r.subject_id) as subject_code,"
                + " r.kind, r.severity, r.state, r.title, r.department, r.decision_date,"
                + " r.legal_basis, r.recorded_at, r.publicity_ended_at, r.archived_at, r.under_objection,"
                + " r.effect_suspended"
                + " from credit_record r",
                "r.id", "select count(*) from credit_record", true);
        this.readers = readers;
    }

    @Override
    public boolean cityLevel() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String indexName() {
        return "records";
    }

    @Override
    public TypeMapping mapping(String textAnalyzer) {
        return SearchMappings.of(textAnalyzer)
                // subjectCode: exact and prefix queries on the subject's unified social credit code
                .keyword("subjectId", "subjectCode", "kind", "severity", "state", TenantSearchFilter.READERS)
                // 异议处理中: an objection is examined (docs/processes/objections.md)
                .bool("underObjection")
                .name("subjectName", "title")
                .text("department", "legalBasis")
                .date("decisionDate", "updatedAt")
                .build();
    }

    @Override
    protected IndexedDocument document(ResultSet rs, Instant changedAt) throws SQLException {
        String owner = rs.getString("owner_tenant");
        String id = Long.toString(rs.getLong("id"));
        Date decided = rs.getDate("decision_date");
        boolean underObjection = rs.getBoolean("under_objection");
        // while an objection suspends its effect the record is not public: only its owner (and the city) find it
        boolean suspended = underObjection && rs.getBoolean("effect_suspended");
        RecordDocument source = new RecordDocument(owner, id, Long.toString(rs.getLong("subject_id")),
                rs.getString("subject_name"), rs.getString("subject_code"), rs.getString("kind"),
                rs.getString("severity"), rs.getString("state"), rs.getString("title"), rs.getString("department"),
                decided == null ? null : decided.toLocalDate().toString(), rs.getString("legal_basis"),
                (changedAt == null ? lastChange(rs) : changedAt).toString(), underObjection,
                readers.ofRecord(rs.getString("kind"), rs.getString("severity"), rs.getString("state"), owner,
                        suspended));
        // version + 1: Hibernate starts at 0, Elasticsearch's external versions are kept strictly increasing.
        return new IndexedDocument(new DocumentKey(NAME, null, id), rs.getLong("version") + 1, source);
    }

    /** For a full reindex (no outbox row): the latest of the record's own times. */
    private static Instant lastChange(ResultSet rs) throws SQLException {
        Instant latest = rs.getTimestamp("recorded_at").toInstant();
        for (String column : new String[] {"publicity_ended_at", "archived_at"}) {
            Timestamp at = rs.getTimestamp(column);
            if (at != null && at.toInstant().isAfter(latest)) {
                latest = at.toInstant();
            }
        }
        return latest;
    }
}
