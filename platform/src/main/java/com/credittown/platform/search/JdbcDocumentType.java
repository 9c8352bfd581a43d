package com.credittown.platform.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A document type read from one SQL query over a table with a global id and (for a tenant-level type) a
 * {@code tenant_id} column: the loading
 * by key (in chunks, each row checked against the key's tenant), the count and the keyset pages of a full reindex
 * are the same for all of them; a subclass names its query and turns a row into a document.
 */
public abstract class JdbcDocumentType implements SearchDocumentType {

    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final String select;
    private final String idColumn;
    private final String countSql;
    private final boolean numericIds;

    /**
     * @param select     the {@code select ... from ...} of one document per row, without {@code where}; its result
     *                   has the columns {@code id} and, unless the type is {@link #cityLevel()}, {@code tenant_id}
     * @param idColumn   the id column as the query's {@code where} names it, e.g. {@code r.id}
     * @param countSql   how many documents there are
     * @param numericIds whether ids are numbers (ordered and bound as such) or strings
     */
    protected JdbcDocumentType(JdbcTemplate jdbc, String select, String idColumn, String countSql,
                               boolean numericIds) {
        this.jdbc = jdbc;
        this.select = select;
        this.idColumn = idColumn;
        this.countSql = countSql;
        this.numericIds = numericIds;
    }

    /** The document of the current row. @param changedAt the outbox row's time, or null in a full reindex */
    protected abstract IndexedDocument document(ResultSet row, Instant changedAt) throws SQLException;

    @Override
    public Map<DocumentKey, IndexedDocument> load(Map<DocumentKey, Instant> changedAt) {
        Map<Object, DocumentKey> byId = new HashMap<>();
        for (DocumentKey key : changedAt.keySet()) {
            byId.put(bound(key.id()), key);
        }
        Map<DocumentKey, IndexedDocument> found = new HashMap<>();
        List<Object> ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String sql = select + " where " + idColumn + " in ("
                    + chunk.stream().map(id -> "?").collect(Collectors.joining(",")) + ")";
            jdbc.query(sql, rs -> {
                DocumentKey key = byId.get(bound(rs.getString("id")));
                // The id is global, but a key of a tenant-level type only ever sees its own tenant's row.
                if (key != null && (cityLevel()
                        || key.tenant() != null && key.tenant().code().equals(rs.getString("tenant_id")))) {
                    found.put(key, document(rs, changedAt.get(key)));
                }
            }, chunk.toArray());
        }
        return found;
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject(countSql, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<IndexedDocument> after(String cursor, int limit) {
        if (cursor == null) {
            return jdbc.query(select + " order by " + idColumn + " limit ?", (rs, row) -> document(rs, null), limit);
        }
        return jdbc.query(select + " where " + idColumn + " > ? order by " + idColumn + " limit ?",
                (rs, row) -> document(rs, null), bound(cursor), limit);
    }

    private Object bound(String id) {
        return numericIds ? (Object) Long.valueOf(id) : id;
    }
}
