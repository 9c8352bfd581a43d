package com.credittown.workflows.supervision;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.platform.workflow.DeploymentCategory;
import com.credittown.platform.workflow.TenantDeployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private final TenantDeployments deployments;

    SupervisionDeployment(TenantDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public String name() {
        return "flowable-city-supervision";
    }

    @Override
    public boolean provision(Tenant tenant) {
        String before = deployments.latestId(SupervisionService.PROCESS_KEY).orElse(null);
        Deployment deployment = deployments.deploy(SupervisionService.PROCESS_KEY, DeploymentCategory.PLATFORM_INTERNAL,
                RESOURCE, bpmn(), true);
        return !deployment.getId().equals(before);
    }

    private static byte[] bpmn() {
        try (InputStream in = SupervisionDeployment.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
