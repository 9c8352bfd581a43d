package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit subjects as search documents: read from {@code credit_subject} across tenants (system work of the
 * dispatcher and the reindex; every row is checked against the tenant of the key that asked for it).
 */
@Component
class SubjectDocumentType extends JdbcDocumentType {

    static final String NAME = "subject";

    SubjectDocumentType(JdbcTemplate jdbc) {
        super(jdbc, "select id, tenant_id, version, kind, code, name, tags, grade, score, created_at"
                + " from credit_subject", "id", "select count(*) from credit_subject", true);
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
    public TypeMapping mapping(String textAnalyzer) {
        return SearchMappings.of(textAnalyzer)
                // keyword: exact and prefix queries on the unified social credit code
                .keyword("code", "kind", "grade", "tags")
                .name("name")
                .integer("score")
                .date("createdAt", "updatedAt")
                .build();
    }

    @Override
    protected IndexedDocument document(ResultSet rs, Instant changedAt) throws SQLException {
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
