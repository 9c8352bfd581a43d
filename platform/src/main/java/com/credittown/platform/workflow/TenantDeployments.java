package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantContext;
import java.util.Optional;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * The one door through which a process definition is deployed: always for the current tenant (provisioning, a
 * published design or template adaptation act for it), always with the category the expression sandbox reads (who
 * authored it: {@link DeploymentCategory}). {@code ModuleDependenciesArchTest} keeps every other class from creating
 * deployments.
 */
@Component
public class TenantDeployments {

    private final RepositoryService repository;

    TenantDeployments(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * Deploys one BPMN resource for the current tenant.
     *
     * @param skipIfUnchanged whether an identical resource deployed before under the same name keeps its deployment
     *                        (provisioning at every start), or always makes a new version (a publication)
     */
    public Deployment deploy(String name, DeploymentCategory category, String resourceName, byte[] bpmn,
                             boolean skipIfUnchanged) {
        var builder = repository.createDeployment()
                .name(name)
                .tenantId(TenantContext.require().code())
                .category(category.id())
                .addBytes(resourceName, bpmn);
        if (skipIfUnchanged) {
            builder.enableDuplicateFiltering();
        }
        return builder.deploy();
    }

    /** The version number the engine gave the process a deployment of the current tenant holds (one per deployment). */
    public int definitionVersion(String deploymentId) {
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId)
                .processDefinitionTenantId(TenantContext.require().code()).singleResult().getVersion();
    }

    /** The deployment a process version came with (e.g. to find the design it was published from). */
    public String deploymentOf(String definitionId) {
        var definition = repository.getProcessDefinition(definitionId);
        if (!TenantContext.require().code().equals(definition.getTenantId())) {
            throw new IllegalStateException("Process version " + definitionId + " is not the current tenant's");
        }
        return definition.getDeploymentId();
    }

    /** The id of the current tenant's latest deployment under this name, if any. */
    public Optional<String> latestId(String name) {
        return repository.createDeploymentQuery()
                .deploymentName(name)
                .deploymentTenantId(TenantContext.require().code())
                .orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst().map(Deployment::getId);
    }
}
