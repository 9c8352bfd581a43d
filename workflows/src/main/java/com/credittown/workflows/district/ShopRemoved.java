package com.credittown.workflows.district;

import java.time.LocalDate;

/**
 * A member shop broke the district's integrity commitment and was removed on {@code removedOn}; the subject may
 * apply again once the town has confirmed its rectification (and the tenant's {@code reapplyAfterDays} after that).
 */
public record ShopRemoved(String tenant, String shopId, String districtId, String subjectCode, String reason,
                          LocalDate removedOn) {
}
