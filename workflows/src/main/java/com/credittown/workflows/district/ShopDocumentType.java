package com.credittown.workflows.district;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.search.DocumentKey;
import com.credittown.platform.search.IndexedDocument;
import com.credittown.platform.search.JdbcDocumentType;
import com.credittown.platform.search.SearchMappings;
import com.credittown.platform.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * District shops as search documents: {@code district_shop} joined with its district (same tenant), read across
 * tenants by the search outbox and the reindex (every row checked against the tenant of the key that asked).
 * Districts cannot be renamed, so a shop's document changes only with the shop (admitted, removed, rated).
 */
@Component
class ShopDocumentType extends JdbcDocumentType {

    static final String NAME = "shop";

    ShopDocumentType(JdbcTemplate jdbc) {
        super(jdbc, "select s.id, s.tenant_id, s.version, s.district_id, d.name as district_name,"
                + " d.kind as district_kind, s.shop_name, s.subject_code, s.status, s.rating, s.case_id,"
                + " s.admitted_at, s.rated_at, s.removed_at"
                + " from district_shop s join district d on d.id = s.district_id and d.tenant_id = s.tenant_id",
                "s.id", "select count(*) from district_shop", false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String indexName() {
        return "shops";
    }

    @Override
    public TypeMapping mapping(String textAnalyzer) {
        return SearchMappings.of(textAnalyzer)
                .keyword("districtId", "districtKind", "subjectCode", "status", "rating", "caseId")
                .name("districtName", "shopName")
                .date("admittedAt", "updatedAt")
                .build();
    }

    @Override
    protected IndexedDocument document(ResultSet rs, Instant changedAt) throws SQLException {
        TenantId tenant = new TenantId(rs.getString("tenant_id"));
        String id = rs.getString("id");
        Instant admitted = rs.getTimestamp("admitted_at").toInstant();
        ShopDocument source = new ShopDocument(tenant.code(), id, rs.getString("district_id"),
                rs.getString("district_name"), rs.getString("district_kind"), rs.getString("shop_name"),
                rs.getString("subject_code"), rs.getString("status"), rs.getString("rating"), rs.getString("case_id"),
                admitted.toString(), (changedAt == null ? lastChange(rs, admitted) : changedAt).toString());
        // version + 1: Hibernate starts at 0, Elasticsearch's external versions are kept strictly increasing.
        return new IndexedDocument(new DocumentKey(NAME, tenant, id), rs.getLong("version") + 1, source);
    }

    /** For a full reindex (no outbox row): the latest of the shop's own times. */
    private static Instant lastChange(ResultSet rs, Instant latest) throws SQLException {
        for (String column : new String[] {"rated_at", "removed_at"}) {
            Timestamp at = rs.getTimestamp(column);
            if (at != null && at.toInstant().isAfter(latest)) {
                latest = at.toInstant();
            }
        }
        return latest;
    }
}
