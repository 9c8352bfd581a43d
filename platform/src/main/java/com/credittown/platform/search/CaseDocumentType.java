package com.credittown.platform.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.IndexedCase;
import com.credittown.platform.workflow.CaseIndexProjection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cases (process instances of every process, the five templates and any tenant-published one) as search documents,
 * read from Flowable's runtime and history through {@link CaseIndexProjection} on the city's read path
 * ({@link CityReads}: one query for every tenant's cases; each key sees only a case of its own tenant). A case about a subject carries its code (and
 * usually its name) in the variables {@code subjectCode} and {@code subjectName}; a missing name is read from the
 * archive.
 *
 * <p>Version: Flowable keeps no row version that grows with every change of a case (its tasks come and go), so the
 * version is the time the state was read, in microseconds and strictly increasing in this JVM: a later read sees a
 * later committed state, and external versioning keeps it whichever write arrives last.
 */
@Component
class CaseDocumentType implements SearchDocumentType {

    static final String NAME = "case";
    private static final AtomicLong LAST_VERSION = new AtomicLong();
    private static final int READ_CHUNK = 200;

    private final CaseIndexProjection projection;
    private final CityReads city;
    private final java.time.Clock clock;
    private final JdbcTemplate jdbc;

    CaseDocumentType(CaseIndexProjection projection, CityReads city, java.time.Clock clock, JdbcTemplate jdbc) {
        this.projection = projection;
        this.city = city;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String indexName() {
        return "cases";
    }

    @Override
    public TypeMapping mapping(String textAnalyzer) {
        return SearchMappings.of(textAnalyzer)
                .keyword("processKey", "businessKey", "subjectCode", "state")
                .name("processName", "subjectName")
                .object("openTasks", SearchMappings.of(textAnalyzer)
                        .text("name")
                        .keyword("assignee", "candidateGroups")
                        .date("dueAt"))
                .date("nearestDueAt", "startedAt", "endedAt", "updatedAt")
                .bool("overdue")
                .build();
    }

    @Override
    public Map<DocumentKey, IndexedDocument> load(Map<DocumentKey, Instant> changedAt) {
        Map<String, DocumentKey> byId = new HashMap<>();
        changedAt.keySet().forEach(key -> byId.put(key.id(), key));
        Map<DocumentKey, IndexedDocument> found = new HashMap<>();
        for (IndexedCase found1 : read(byId.keySet())) {
            DocumentKey key = byId.get(found1.id());
            // the id is global, but a key only ever sees its own tenant's case
            if (key != null && key.tenant() != null && key.tenant().code().equals(found1.tenant())) {
                found.put(key, document(key.tenant(), found1, changedAt.get(key)));
            }
        }
        return found;
    }

    /**
     * On the city's read path, in chunks: Flowable caps the variable rows a history query with variables returns
     * (20,000 by default), so a reindex page of 2,000 cases is read 200 at a time.
     */
    private List<IndexedCase> read(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<IndexedCase> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += READ_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + READ_CHUNK));
            found.addAll(city.read(() -> projection.casesForIndex(chunk)));
        }
        return found;
    }

    @Override
    public long count() {
        return city.read(projection::countCases);
    }

    /** Every tenant's cases ordered by tenant and id; the cursor is {@code tenant/caseId}. */
    @Override
    public List<IndexedDocument> after(String cursor, int limit) {
        String fromTenant = cursor == null ? null : cursor.substring(0, cursor.indexOf('/'));
        String afterId = cursor == null ? null : cursor.substring(cursor.indexOf('/') + 1);
        List<String[]> keys = city.read(() -> projection.caseKeysAfter(fromTenant, afterId, limit));
        Map<String, IndexedCase> cases = new HashMap<>();
        read(keys.stream().map(key -> key[1]).toList()).forEach(c -> cases.put(c.id(), c));
        List<IndexedDocument> page = new ArrayList<>();
        for (String[] key : keys) {
            IndexedCase found = cases.get(key[1]);
            if (found != null && TenantId.isWellFormed(key[0])) {
                page.add(document(new TenantId(key[0]), found, null));
            }
        }
        return page;
    }

    @Override
    public String cursorOf(IndexedDocument document) {
        return document.key().tenant().code() + "/" + document.key().id();
    }

    private IndexedDocument document(TenantId tenant, IndexedCase found, Instant changedAt) {
        Instant now = clock.instant();
        Instant nearest = found.openTasks().stream().map(IndexedCase.OpenTask::dueAt).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        Instant lastChange = changedAt != null ? changedAt
                : found.endedAt() != null ? found.endedAt() : found.startedAt();
        String subjectCode = text(found.data().get("subjectCode"));
        String subjectName = text(found.data().get("subjectName"));
        if (subjectName == null && subjectCode != null) {
            subjectName = subjectNameOf(subjectCode);
        }
        CaseDocument source = new CaseDocument(tenant.code(), found.id(), found.processKey(), found.processName(),
                found.businessKey(), subjectName, subjectCode,
                found.endedAt() == null ? "RUNNING" : "ENDED",
                found.openTasks().stream().map(task -> new CaseDocument.Task(task.name(), task.assignee(),
                        task.candidateGroups(), iso(task.dueAt()))).toList(),
                iso(nearest), nearest != null && nearest.isBefore(now), iso(found.startedAt()), iso(found.endedAt()),
                iso(lastChange));
        return new IndexedDocument(new DocumentKey(NAME, tenant, found.id()), nextVersion(), source);
    }

    /** A case names its subject by code only (e.g. a district membership): the archive knows the name. */
    /** The subject's name in the city's archive (a market entity's name is public credit information). */
    private String subjectNameOf(String code) {
        return jdbc.query("select name from credit_subject where code = ?",
                rs -> rs.next() ? rs.getString(1) : null, code);
    }

    private static long nextVersion() {
        long now = System.currentTimeMillis() * 1000;
        return LAST_VERSION.updateAndGet(last -> Math.max(last + 1, now));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
