package com.credittown.tenants.catalogue;

import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;

/** One tenant as the catalogue defines it: a row of {@code catalogue/*.csv}. */
public record CatalogueEntry(TenantId id, String nameZh, TenantKind kind) {
}
