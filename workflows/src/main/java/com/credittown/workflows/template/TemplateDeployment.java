package com.credittown.workflows.template;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * Deploys each city template for a tenant, under the tenant's id, with the tenant's published step changes
 * applied (an inserted step survives a restart). A template whose BPMN has not changed since the tenant's last
 * deployment is not deployed again, so provisioning twice changes nothing.
 */
@Component
class TemplateDeployment implements TenantProvisioningStep {

    private final RepositoryService repository;
    private final TemplateLibrary library;

    TemplateDeployment(RepositoryService repository, TemplateLibrary library) {
        this.repository = repository;
        this.library = library;
    }

    @Override
    public String name() {
        return "flowable-templates";
    }

    @Override
    public boolean provision(Tenant tenant) {
        boolean changed = false;
        for (CityTemplates.Template template : CityTemplates.ALL) {
            String before = latestDeploymentId(tenant, template);
            Deployment deployment = repository.createDeployment()
                    .name(template.name())
                    .tenantId(tenant.id().code())
                    .category("city-template")
                    .addBytes(template.resource(), library.bpmn(template.name()))
                    .enableDuplicateFiltering()
                    .deploy();
            changed |= !deployment.getId().equals(before);
        }
        return changed;
    }

    private String latestDeploymentId(Tenant tenant, CityTemplates.Template template) {
        return repository.createDeploymentQuery()
                .deploymentName(template.name())
                .deploymentTenantId(tenant.id().code())
                .orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst().map(Deployment::getId).orElse(null);
    }
}
