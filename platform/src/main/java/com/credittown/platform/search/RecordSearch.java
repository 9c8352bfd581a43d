package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Credit records by a part of their title, subject name or department (Chinese included), or by their subject's
 * code (or its prefix); shown next to the subjects in the search box, linking to the subject's archive. The same
 * input rules as every {@link DocumentSearch}: bad input is answered with {@link InvalidInputException};
 * Elasticsearch down with {@link SearchDegradedException}.
 */
@Service
@Order(2)
public class RecordSearch extends SearchGroup<RecordDocument, RecordHit> {

    private final DocumentSearch search;

    RecordSearch(DocumentSearch search, RecordDocumentType type) {
        super("records", type, RecordDocument.class, SearchFields.code("subjectCode").text("title", 3f).text("subjectName", 3f).text("department", 2f),
                List.of(descending("decisionDate"), ascending("id")));
        this.search = search;
    }

    /** The current tenant's records; see {@link DocumentSearch#search} for the rules. */
    public SearchResults<RecordHit> search(String query, int page, int size) {
        return search.search(this, TenantContext.require().code(), query, page, size);
    }

    @Override
    protected RecordHit hit(RecordDocument d) {
        String tenant = SearchGroup.linkTenant(d.tenant());
        return new RecordHit(tenant, Long.parseLong(d.id()), Long.parseLong(d.subjectId()), d.subjectName(),
                d.subjectCode(), d.kind(), d.severity(), d.state(), d.title(), d.department(), d.decisionDate(),
                d.updatedAt(), Boolean.TRUE.equals(d.underObjection()), "/api/tenants/" + tenant + "/subjects/" + d.subjectId() + "/archive",
                "tenants/" + tenant + "/subjects/" + d.subjectId());
    }
}
