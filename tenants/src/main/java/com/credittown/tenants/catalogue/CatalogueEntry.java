package com.credittown.tenants.catalogue;

import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;

/**
 * One tenant as the catalogue defines it: a row of {@code catalogue/*.csv}.
 *
 * @param nameEn the English name shown when a user switches to English (e.g. Humen Town, Songshan Lake Park)
 */
public record CatalogueEntry(TenantId id, String nameZh, String nameEn, TenantKind kind) {
}
