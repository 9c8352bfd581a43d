package com.credittown.platform.tenancy;

import java.util.regex.Pattern;

/**
 * The code of a tenant (a town, subdistrict or park), e.g. {@code humen}. It is the Flowable tenantId,
 * the {@code tenant_id} column of every tenant-scoped table and the tenant field of every search document.
 */
public record TenantId(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public TenantId {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A tenant code is 2-40 lower-case letters, digits or '-', starting with a letter: " + code);
        }
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
