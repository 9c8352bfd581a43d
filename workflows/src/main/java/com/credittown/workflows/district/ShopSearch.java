package com.credittown.workflows.district;

import com.credittown.platform.search.SearchFields;
import com.credittown.platform.search.SearchGroup;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * District shops by a part of their name or their district's name (Chinese included), or by the subject's code (or
 * its prefix); the fourth group of the search box.
 */
@Service
@Order(4)
public class ShopSearch extends SearchGroup<ShopDocument, ShopHit> {

    ShopSearch(ShopDocumentType type) {
        super("shops", type, ShopDocument.class,
                SearchFields.code("subjectCode").text("shopName", 3f).text("districtName", 2f),
                List.of(ascending("shopName.keyword"), ascending("id")));
    }

    @Override
    protected ShopHit hit(ShopDocument d) {
        return new ShopHit(d.tenant(), d.id(), d.districtId(), d.districtName(), d.districtKind(), d.shopName(),
                d.subjectCode(), d.status(), d.rating(), d.caseId(), d.admittedAt(),
                "tenants/" + d.tenant() + "/cases/" + d.caseId());
    }
}
