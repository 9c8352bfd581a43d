package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.tenancy.TenantId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit records as search documents: read from {@code credit_record} joined with its subject, across tenants
 * (system work of the dispatcher and the reindex; every row is checked against the tenant of the key that asked for
 * it, and the join requires the subject to be of the record's tenant).
 *
 * <p>A record's subject name and code are copied into the document. The archive has no rename of a subject (code
 * and name are set at registration), so a record's document only changes with the record itself; a rename, if one
 * is ever added, must also queue the subject's records.
 */
@Component
class RecordDocumentType implements SearchDocumentType {

    static final String NAME = "record";
    private static final String COLUMNS = "select r.id, r.tenant_id, r.version, r.subject_id, s.name as subject_name,"
            + " s.code as subject_code, r.kind, r.severity, r.state, r.title, r.department, r.decision_date,"
            + " r.legal_basis, r.recorded_at, r.publicity_ended_at, r.archived_at"
            + " from credit_record r join credit_subject s on s.id = r.subject_id and s.tenant_id = r.tenant_id";
    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;

    RecordDocumentType(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    public TypeMapping mapping(SearchSettings settings) {
        // Every Chinese text field uses the configured analyzer, so a production cluster switches all of them at once.
        String analyzer = settings.nameAnalyzer();
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties("tenant", p -> p.keyword(k -> k))
                .properties("id", p -> p.keyword(k -> k))
                .properties("subjectId", p -> p.keyword(k -> k))
                .properties("subjectName", p -> p.text(t -> t
                        .analyzer(analyzer)
                        .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256)))))
                // keyword: exact and prefix queries on the subject's unified social credit code
                .properties("subjectCode", p -> p.keyword(k -> k))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("severity", p -> p.keyword(k -> k))
                .properties("state", p -> p.keyword(k -> k))
                .properties("title", p -> p.text(t -> t
                        .analyzer(analyzer)
                        .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256)))))
                .properties("department", p -> p.text(t -> t.analyzer(analyzer)))
                .properties("decisionDate", p -> p.date(d -> d))
                .properties("legalBasis", p -> p.text(t -> t.analyzer(analyzer)))
                .properties("updatedAt", p -> p.date(d -> d)));
    }

    @Override
    public Map<DocumentKey, IndexedDocument> load(Map<DocumentKey, Instant> changedAt) {
        Map<Long, DocumentKey> byId = new HashMap<>();
        for (DocumentKey key : changedAt.keySet()) {
            byId.put(Long.parseLong(key.id()), key);
        }
        Map<DocumentKey, IndexedDocument> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String sql = COLUMNS + " where r.id in ("
                    + chunk.stream().map(id -> "?").collect(Collectors.joining(",")) + ")";
            jdbc.query(sql, rs -> {
                DocumentKey key = byId.get(rs.getLong("id"));
                // The id is global, but a key only ever sees its own tenant's row.
                if (key != null && key.tenant().code().equals(rs.getString("tenant_id"))) {
                    found.put(key, document(rs, changedAt.get(key)));
                }
            }, chunk.toArray());
        }
        return found;
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject("select count(*) from credit_record", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<IndexedDocument> after(long afterId, int limit) {
        return jdbc.query(COLUMNS + " where r.id > ? order by r.id limit ?",
                (rs, row) -> document(rs, null), afterId, limit);
    }

    private static IndexedDocument document(ResultSet rs, Instant changedAt) throws SQLException {
        TenantId tenant = new TenantId(rs.getString("tenant_id"));
        String id = Long.toString(rs.getLong("id"));
        Date decided = rs.getDate("decision_date");
        RecordDocument source = new RecordDocument(tenant.code(), id, Long.toString(rs.getLong("subject_id")),
                rs.getString("subject_name"), rs.getString("subject_code"), rs.getString("kind"),
                rs.getString("severity"), rs.getString("state"), rs.getString("title"), rs.getString("department"),
                decided == null ? null : decided.toLocalDate().toString(), rs.getString("legal_basis"),
                (changedAt == null ? lastChange(rs) : changedAt).toString());
        // version + 1: Hibernate starts at 0, Elasticsearch's external versions are kept strictly increasing.
        return new IndexedDocument(new DocumentKey(NAME, tenant, id), rs.getLong("version") + 1, source);
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
