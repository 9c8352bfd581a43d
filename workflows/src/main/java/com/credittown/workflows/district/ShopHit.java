package com.credittown.workflows.district;

import com.credittown.platform.search.SearchHit;

/** A district shop found by search, linking to the case that admitted it ({@code tenants/{t}/cases/{caseId}}). */
public record ShopHit(String tenant, String id, String districtId, String districtName, String districtKind,
                      String shopName, String subjectCode, String status, String rating, String caseId,
                      String admittedAt, String link) implements SearchHit {
}
