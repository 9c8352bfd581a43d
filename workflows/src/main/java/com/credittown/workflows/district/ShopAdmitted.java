package com.credittown.workflows.district;

/** A shop joined a district after the credit check and the inspection; its listing (QR) code is {@code listingCode}. */
public record ShopAdmitted(String tenant, String shopId, String districtId, String caseId, String subjectCode,
                           String listingCode) {
}
