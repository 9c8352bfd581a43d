package com.credittown.platform.tenancy;

/** Registers the tenants the platform's integration tests use. */
public final class TenantFixtures {

    public static final TenantId HUMEN = new TenantId("humen");
    public static final TenantId CHANGAN = new TenantId("changan");

    private TenantFixtures() {
    }

    public static void register(TenantDirectory directory) {
        directory.register(HUMEN, "虎门镇", TenantKind.TOWN);
        directory.register(CHANGAN, "长安镇", TenantKind.TOWN);
    }
}
