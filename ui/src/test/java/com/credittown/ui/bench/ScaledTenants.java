package com.credittown.ui.bench;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.tenants.catalogue.CatalogueEntry;
import com.credittown.tenants.catalogue.TenantCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Grows the tenant catalogue to {@code total} tenants for the tenant benchmark: the real catalogue (34 towns,
 * subdistricts and parks) plus synthetic ones {@code scale-0001...}. The shared Keycloak is left alone for the
 * synthetic tenants: the identity steps (Keycloak organisation, users and demo merchants) are skipped for them, every
 * other step (templates, seeds, departments, supervision deployments, search set-up) runs as for a real tenant.
 * Every step is timed ({@link StepTimes}), so a benchmark can say what share of provisioning each step took.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScaledTenants {

    static final String PREFIX = "scale-";
    /** The catalogue's size for the next application started in this JVM. */
    static volatile int total = 0;

    @Bean
    static BeanPostProcessor scaledCatalogue() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof TenantCatalogue catalogue && total > catalogue.entries().size()) {
                    return grown(catalogue.entries());
                }
                if (bean instanceof TenantProvisioningStep step) {
                    return timed(step);
                }
                return bean;
            }
        };
    }

    private static TenantCatalogue grown(List<CatalogueEntry> real) {
        List<CatalogueEntry> all = new ArrayList<>(real);
        for (int i = 1; all.size() < total; i++) {
            all.add(new CatalogueEntry(new TenantId(String.format("%s%04d", PREFIX, i)), "基准测试镇" + i,
                    "Benchmark town " + i, TenantKind.TOWN));
        }
        List<CatalogueEntry> entries = List.copyOf(all);
        return new TenantCatalogue() {
            @Override
            public List<CatalogueEntry> entries() {
                return entries;
            }
        };
    }

    /** The step, timed ({@link StepTimes}); an identity step left out for the synthetic tenants. */
    private static TenantProvisioningStep timed(TenantProvisioningStep step) {
        boolean realTenantsOnly = step.getClass().getName().startsWith("com.credittown.tenants.identity.");
        return new TenantProvisioningStep() {
            @Override
            public String name() {
                return step.name();
            }

            @Override
            public boolean prepare() {
                long began = System.nanoTime();
                try {
                    return step.prepare();
                } finally {
                    StepTimes.add("prepare " + step.name(), began);
                }
            }

            @Override
            public boolean provision(Tenant tenant) {
                long began = System.nanoTime();
                try {
                    return !(realTenantsOnly && tenant.id().code().startsWith(PREFIX)) && step.provision(tenant);
                } finally {
                    StepTimes.add(step.name(), began);
                }
            }
        };
    }
}
