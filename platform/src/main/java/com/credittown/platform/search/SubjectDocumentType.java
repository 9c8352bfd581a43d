package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.credit.ArchiveReaders;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit subjects of the city's archive as search documents, read from {@code credit_subject} (system work of the
 * dispatcher and the reindex). City-level: a document says who may find it ({@link ArchiveReaders}).
 */
@Component
class SubjectDocumentType extends JdbcDocumentType {

    static final String NAME = "subject";

    private final ArchiveReaders readers;

    SubjectDocumentType(JdbcTemplate jdbc, ArchiveReaders readers) {
        super(jdbc, "select id, registered_by, version, kind, code, name, tags, grade, score, created_at"
                + " from credit_subject", "id", "select count(*) from credit_subject", true);
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
        return "subjects";
    }

    @Override
    public TypeMapping mapping(String textAnalyzer) {
        return SearchMappings.of(textAnalyzer)
                // keyword: exact and prefix queries on the unified social credit code
                .keyword("code", "kind", "grade", "tags", TenantSearchFilter.READERS)
                .name("name")
                .integer("score")
                .date("createdAt", "updatedAt")
                .build();
    }

    @Override
    protected IndexedDocument document(ResultSet rs, Instant changedAt) throws SQLException {
        String id = Long.toString(rs.getLong("id"));
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        String tags = rs.getString("tags");
        SubjectDocument source = new SubjectDocument(rs.getString("registered_by"), id, rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"), rs.getString("grade"), rs.getInt("score"),
                tags == null || tags.isEmpty() ? Collections.emptyList() : Arrays.asList(tags.split(",")),
                createdAt.toString(),
                // credit_subject has no updated_at column: the outbox row's time stands in for it; a full reindex
                // falls back to the registration time.
                (changedAt == null ? createdAt : changedAt).toString(),
                readers.ofSubject(rs.getString("kind"), rs.getLong("id")));
        // version + 1: Hibernate starts at 0, Elasticsearch's external versions are kept strictly increasing.
        return new IndexedDocument(new DocumentKey(NAME, null, id), rs.getLong("version") + 1, source);
    }
}
