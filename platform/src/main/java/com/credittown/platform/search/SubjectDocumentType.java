package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit subjects as search documents: read from {@code credit_subject} across tenants (system work of the
 * dispatcher and the reindex; every row is checked against the tenant of the key that asked for it).
 */
@Component
class SubjectDocumentType implements SearchDocumentType {

    static final String NAME = "subject";
    private static final String COLUMNS =
            "select id, tenant_id, version, kind, code, name, tags, grade, score, created_at from credit_subject";
    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;

    SubjectDocumentType(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String indexName() {
        return "subjects";
    }

    @Override
    public TypeMapping mapping(SearchSettings settings) {
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties("tenant", p -> p.keyword(k -> k))
                .properties("id", p -> p.keyword(k -> k))
                // keyword: exact and prefix queries on the unified social credit code
                .properties("code", p -> p.keyword(k -> k))
                .properties("name", p -> p.text(t -> t
                        .analyzer(settings.nameAnalyzer())
                        .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256)))))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("grade", p -> p.keyword(k -> k))
                .properties("score", p -> p.integer(i -> i))
                .properties("tags", p -> p.keyword(k -> k))
                .properties("createdAt", p -> p.date(d -> d))
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
            String sql = COLUMNS + " where id in ("
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
        Long count = jdbc.queryForObject("select count(*) from credit_subject", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<IndexedDocument> after(long afterId, int limit) {
        return jdbc.query(COLUMNS + " where id > ? order by id limit ?",
                (rs, row) -> document(rs, null), afterId, limit);
    }

    private static IndexedDocument document(ResultSet rs, Instant changedAt) throws SQLException {
        TenantId tenant = new TenantId(rs.getString("tenant_id"));
        String id = Long.toString(rs.getLong("id"));
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        String tags = rs.getString("tags");
        SubjectDocument source = new SubjectDocument(tenant.code(), id, rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getString("grade"), rs.getInt("score"),
                tags == null || tags.isEmpty() ? Collections.emptyList() : Arrays.asList(tags.split(",")),
                createdAt.toString(),
                // credit_subject has no updated_at column: the outbox row's time stands in for it; a full reindex
                // falls back to the registration time.
                (changedAt == null ? createdAt : changedAt).toString());
        // version + 1: Hibernate starts at 0, Elasticsearch's external versions are kept strictly increasing.
        return new IndexedDocument(new DocumentKey(NAME, tenant, id), rs.getLong("version") + 1, source);
    }
}
