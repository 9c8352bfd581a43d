package com.credittown.workflows.district;

/**
 * A district shop in the index {@code <prefix>-shops}: its district's name and kind, the shop's name and subject
 * code, its status (MEMBER/REMOVED) and rating (GREEN/YELLOW/RED). Times are ISO-8601 strings.
 */
public record ShopDocument(String tenant, String id, String districtId, String districtName, String districtKind,
                           String shopName, String subjectCode, String status, String rating, String caseId,
                           String admittedAt, String updatedAt) {
}
