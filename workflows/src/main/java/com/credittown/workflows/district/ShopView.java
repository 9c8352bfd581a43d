package com.credittown.workflows.district;

import java.time.Instant;
import java.time.LocalDate;

/** A member shop of a district as the REST API shows it ({@link DistrictController}). */
record ShopView(String id, String districtId, String shopName, String subjectCode, ShopStatus status,
                Instant admittedAt, String listingCode, Rating rating, LocalDate removedOn, String removalReason) {
    static ShopView of(DistrictShop s) {
        return new ShopView(s.id(), s.districtId(), s.shopName(), s.subjectCode(), s.status(), s.admittedAt(),
                s.listingCode(), s.rating(), s.removedOn(), s.removalReason());
    }
}
