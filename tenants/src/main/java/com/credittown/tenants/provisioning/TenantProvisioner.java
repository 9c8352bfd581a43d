package com.credittown.tenants.provisioning;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantJobs;
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
 * (Flowable templates, Keycloak organisation and users, ...) inside that tenant's context. Idempotent.
 * A step that fails (say Keycloak is down) is reported and retried on the next run; the other steps and
 * tenants go on.
 */
@Service
public class TenantProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioner.class);

    private final TenantCatalogue catalogue;
    private final TenantDirectory directory;
    private final List<TenantProvisioningStep> steps;
    private final TenantJobs jobs;

    TenantProvisioner(TenantCatalogue catalogue, TenantDirectory directory, List<TenantProvisioningStep> steps,
                      TenantJobs jobs) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.steps = steps;
        this.jobs = jobs;
    }

    /** Provisions the whole catalogue and says what changed and what failed. */
    public ProvisioningReport provisionAll() {
        ProvisioningReport report = new ProvisioningReport();
        List<TenantProvisioningStep> ready = steps.stream().filter(step -> prepare(step, report)).toList();
        for (CatalogueEntry entry : catalogue.entries()) {
            if (directory.register(entry.id(), entry.nameZh(), entry.nameEn(), entry.kind())) {
                report.changed(entry.id().code(), "registered");
            }
            Tenant tenant = directory.find(entry.id().code()).orElseThrow();
            jobs.runFor(entry.id(), () -> ready.forEach(step -> provision(step, tenant, report)));
            report.tenantDone();
        }
        log.info("Provisioned {} tenants: {}", report.tenants(), report.summary());
        return report;
    }

    private static boolean prepare(TenantProvisioningStep step, ProvisioningReport report) {
        try {
            if (step.prepare()) {
                report.changed("city", step.name());
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Provisioning step {} could not prepare: {}", step.name(), e.toString());
            report.failed("city", step.name(), e.toString());
            return false;
        }
    }

    private static void provision(TenantProvisioningStep step, Tenant tenant, ProvisioningReport report) {
        try {
            if (step.provision(tenant)) {
                report.changed(tenant.id().code(), step.name());
            }
        } catch (RuntimeException e) {
            log.warn("Provisioning step {} failed for {}: {}", step.name(), tenant.id(), e.toString());
            report.failed(tenant.id().code(), step.name(), e.toString());
        }
    }
}
