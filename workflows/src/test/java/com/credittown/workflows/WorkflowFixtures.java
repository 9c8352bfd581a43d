package com.credittown.workflows;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** Registers humen and changan and deploys the city templates for both, as provisioning would. */
@Component
public class WorkflowFixtures {

    public static final TenantId HUMEN = new TenantId("humen");
    public static final TenantId CHANGAN = new TenantId("changan");

    private final TenantDirectory directory;
    private final List<TenantProvisioningStep> steps;

    WorkflowFixtures(TenantDirectory directory, List<TenantProvisioningStep> steps) {
        this.directory = directory;
        this.steps = steps;
    }

    /** Registers and provisions a tenant of the test's own, so what it changes touches no other test. */
    public TenantId provisionFreshTenant(String prefix) {
        TenantId id = new TenantId(prefix + Math.abs(new java.util.Random().nextInt(1_000_000)));
        directory.register(id, "测试镇" + id.code(), TenantKind.TOWN);
        Tenant tenant = directory.find(id.code()).orElseThrow();
        com.credittown.platform.tenancy.TenantContext.runAs(id, () -> steps.forEach(s -> s.provision(tenant)));
        return id;
    }

    public void provisionHumenAndChangan() {
        directory.register(HUMEN, "虎门镇", TenantKind.TOWN);
        directory.register(CHANGAN, "长安镇", TenantKind.TOWN);
        for (TenantId id : List.of(HUMEN, CHANGAN)) {
            Tenant tenant = directory.find(id.code()).orElseThrow();
            com.credittown.platform.tenancy.TenantContext.runAs(id, () -> steps.forEach(s -> s.provision(tenant)));
        }
    }
}
