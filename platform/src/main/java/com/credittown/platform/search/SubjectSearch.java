package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Credit subjects by name (any part of it, Chinese included) or by code (or its prefix); the first group of the
 * search box. Bad input is answered with {@link InvalidInputException}; Elasticsearch down with
 * {@link SearchDegradedException}.
 */
@Service
@Order(1)
public class SubjectSearch extends SearchGroup<SubjectDocument, SubjectHit> {

    public static final int DEFAULT_SIZE = DocumentSearch.DEFAULT_SIZE;
    public static final int MAX_SIZE = DocumentSearch.MAX_SIZE;

    private final DocumentSearch search;

    SubjectSearch(DocumentSearch search, SubjectDocumentType type) {
        super("subjects", type, SubjectDocument.class, SearchFields.code("code").text("name", 3f),
                List.of(ascending("code")));
        this.search = search;
    }

    /** The current tenant's subjects; see {@link DocumentSearch#search} for the rules. */
    public SearchResults<SubjectHit> search(String query, int page, int size) {
        return search.search(this, TenantContext.require().code(), query, page, size);
    }

    @Override
    protected SubjectHit hit(SubjectDocument d) {
        String tenant = SearchGroup.linkTenant(d.tenant());
        return new SubjectHit(tenant, Long.parseLong(d.id()), d.code(), d.name(), d.kind(), d.grade(), d.score(),
                d.tags(), d.updatedAt(), "/api/tenants/" + tenant + "/subjects/" + d.id() + "/archive",
                "tenants/" + tenant + "/subjects/" + d.id());
    }
}
