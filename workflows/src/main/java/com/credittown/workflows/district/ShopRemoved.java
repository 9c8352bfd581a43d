package com.credittown.workflows.district;

import java.time.LocalDate;

/**
 * A member shop broke the district's integrity commitment and was removed on {@code removedOn}; the subject may
 * apply again from {@code mayReapplyFrom}.
 */
public record ShopRemoved(String tenant, String shopId, String districtId, String subjectCode, String reason,
                          LocalDate removedOn, LocalDate mayReapplyFrom) {
}
