package com.credittown.tenants.provisioning;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.tenants.catalogue.CatalogueEntry;
import com.credittown.tenants.catalogue.TenantCatalogue;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sets up every tenant of the catalogue: registers it, then runs every {@link TenantProvisioningStep}
 * (Flowable templates now; Keycloak and search later) inside that tenant's context. Idempotent.
 */
@Service
public class TenantProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioner.class);

    private final TenantCatalogue catalogue;
    private final TenantDirectory directory;
    private final List<TenantProvisioningStep> steps;

    TenantProvisioner(TenantCatalogue catalogue, TenantDirectory directory, List<TenantProvisioningStep> steps) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.steps = steps;
    }

    /** Provisions the whole catalogue and says what changed. */
    public ProvisioningReport provisionAll() {
        ProvisioningReport report = new ProvisioningReport();
        for (CatalogueEntry entry : catalogue.entries()) {
            if (directory.register(entry.id(), entry.nameZh(), entry.kind())) {
                report.changed(entry.id().code(), "registered");
            }
            Tenant tenant = directory.find(entry.id().code()).orElseThrow();
            TenantContext.runAs(entry.id(), () -> {
                for (TenantProvisioningStep step : steps) {
                    if (step.provision(tenant)) {
                        report.changed(entry.id().code(), step.name());
                    }
                }
            });
            report.tenantDone();
        }
        log.info("Provisioned {} tenants: {}", report.tenants(), report.summary());
        return report;
    }
}
