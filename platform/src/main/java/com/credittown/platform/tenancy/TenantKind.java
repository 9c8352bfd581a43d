package com.credittown.platform.tenancy;

/** What kind of township-level unit a tenant is. */
public enum TenantKind {
    /** 街道 */
    SUBDISTRICT,
    /** 镇 */
    TOWN,
    /** 园区 / 新区 */
    PARK
}
