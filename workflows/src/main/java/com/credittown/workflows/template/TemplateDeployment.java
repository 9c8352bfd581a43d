package com.credittown.workflows.template;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.workflow.DeploymentCategory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.workflows.publishing.Publishing;
import org.flowable.engine.repository.Deployment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys each city template for a tenant, under the tenant's id, with the tenant's published step changes
 * applied (an inserted step survives a restart). A template whose BPMN has not changed since the tenant's last
 * deployment is not deployed again, so provisioning twice changes nothing. When the city has changed a template so
 * that a tenant's published step changes no longer fit it, that template is not redeployed for the tenant: its cases
 * keep running on the version the tenant published, the problem is logged and audited, and the tenant must publish
 * again (the other templates and tenants start normally).
 */
@Component
class TemplateDeployment implements TenantProvisioningStep {

    private static final Logger log = LoggerFactory.getLogger(TemplateDeployment.class);

    private final Publishing publishing;
    private final TemplateLibrary library;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    TemplateDeployment(Publishing publishing, TemplateLibrary library, AuditLog audit,
                       TransactionTemplate transactions) {
        this.publishing = publishing;
        this.library = library;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "flowable-templates";
    }

    @Override
    public boolean provision(Tenant tenant) {
        boolean changed = false;
        for (CityTemplates.Template template : CityTemplates.ALL) {
            String before = publishing.latestDeploymentId(template.name()).orElse(null);
            List<FieldProblem> misfits = before == null ? List.of() : library.stepChangesThatNoLongerFit(template.name());
            if (!misfits.isEmpty()) {
                log.error("{}: the published step changes of template {} no longer fit the city's template; it keeps "
                        + "its last deployed version until it publishes again: {}", tenant.id(), template.name(), misfits);
                transactions.executeWithoutResult(status -> audit.record(AuditLog.SYSTEM,
                        "TEMPLATE_STEPS_NO_LONGER_FIT", "template", template.name(),
                        misfits.stream().map(p -> p.field() + ": " + p.message()).toList().toString()));
                continue;
            }
            Deployment deployment = publishing.provision(template.name(), DeploymentCategory.CITY_TEMPLATE,
                    template.resource(), library.bpmn(template.name()));
            changed |= !deployment.getId().equals(before);
        }
        return changed;
    }
}
