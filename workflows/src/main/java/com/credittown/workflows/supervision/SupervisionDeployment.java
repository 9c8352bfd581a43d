package com.credittown.workflows.supervision;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.platform.workflow.DeploymentCategory;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * Deploys the platform-internal {@code city-supervision} process for each tenant, so a notice can arrive in the
 * tenant's inbox. It is not a city template: it is not in the template library and no tenant adapts it. Unchanged
 * BPMN is not deployed again.
 */
@Component
class SupervisionDeployment implements TenantProvisioningStep {

    static final String RESOURCE = "internal-processes/city-supervision.bpmn20.xml";

    private final RepositoryService repository;

    SupervisionDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "flowable-city-supervision";
    }

    @Override
    public boolean provision(Tenant tenant) {
        String before = repository.createDeploymentQuery()
                .deploymentName(SupervisionService.PROCESS_KEY)
                .deploymentTenantId(tenant.id().code())
                .orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst().map(Deployment::getId).orElse(null);
        Deployment deployment = repository.createDeployment()
                .name(SupervisionService.PROCESS_KEY)
                .tenantId(tenant.id().code())
                .category(DeploymentCategory.PLATFORM_INTERNAL.id())
                .addClasspathResource(RESOURCE)
                .enableDuplicateFiltering()
                .deploy();
        return !deployment.getId().equals(before);
    }
}
