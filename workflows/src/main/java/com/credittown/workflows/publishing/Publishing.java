package com.credittown.workflows.publishing;

import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.DeploymentCategory;
import com.credittown.platform.workflow.TenantDeployments;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.repository.Deployment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one publishing path of a tenant's processes, for city templates (the template library) and tenant designs (the
 * designer) alike: numbers the versions, deploys the BPMN to Flowable for the current tenant (through
 * {@link TenantDeployments}, with the sandbox category) and records the published version. The front ends keep their
 * authoring models, checks, audit entries and permissions ({@code TEMPLATE_PUBLISH}, {@code DESIGN_PUBLISH}); this
 * class checks none itself, as it is reached only through them and through tenant provisioning.
 */
@Service
public class Publishing {

    /** What a front end authored; the fields of the other origin stay null. */
    public record Authored(String parametersJson, String stepsJson, String modelJson, String bpmnXml,
                           String authoringMode) {

        /** A city template as the tenant adapted it: parameter values and step changes (null: the city's steps). */
        public static Authored template(String parametersJson, String stepsJson) {
            return new Authored(parametersJson, stepsJson, null, null, null);
        }

        /** A tenant design: its model, the BPMN deployed and how it was authored. */
        public static Authored design(String modelJson, String bpmnXml, String authoringMode) {
            return new Authored(null, null, modelJson, bpmnXml, authoringMode);
        }
    }

    /**
     * One publication: the version it becomes ({@link #nextVersion}), the BPMN deployed under the process key with
     * the category the expression sandbox reads, and what was authored.
     */
    public record Publication(PublicationOrigin origin, String processKey, int version, DeploymentCategory category,
                              String resourceName, byte[] bpmn, Authored authored) {
    }

    private final PublishedVersions versions;
    private final TenantDeployments deployments;
    private final PlatformClock clock;

    Publishing(PublishedVersions versions, TenantDeployments deployments, PlatformClock clock) {
        this.versions = versions;
        this.deployments = deployments;
        this.clock = clock;
    }

    /**
     * Deploys the publication for the current tenant as a new process-definition version and records it as published
     * by the actor for the reason. Joins the caller's transaction, so a refusal after it deploys nothing lasting.
     *
     * @throws IllegalStateException if the version is not the next one of the process (published meanwhile)
     */
    @Transactional
    public PublishedVersion publish(Publication publication, String actor, String reason) {
        int next = nextVersion(publication.origin(), publication.processKey());
        if (publication.version() != next) {
            throw new IllegalStateException("Version " + publication.version() + " of " + publication.processKey()
                    + " is not the next one (" + next + ")");
        }
        Deployment deployment = deployments.deploy(publication.processKey(), publication.category(),
                publication.resourceName(), publication.bpmn(), false);
        int definitionVersion = deployments.definitionVersion(deployment.getId());
        return versions.save(new PublishedVersion(publication.origin(), publication.processKey(),
                publication.version(), deployment.getId(), definitionVersion, publication.authored(), clock.instant(),
                actor, reason));
    }

    /**
     * Deploys a process for the current tenant at provisioning (every start): an identical BPMN deployed before under
     * the same name keeps its deployment, so provisioning twice changes nothing. Records no published version: it is
     * the city's (or the platform's) process, not a tenant's publication.
     */
    public Deployment provision(String processKey, DeploymentCategory category, String resourceName, byte[] bpmn) {
        return deployments.deploy(processKey, category, resourceName, bpmn, true);
    }

    /** The id of the current tenant's latest deployment of the process, if any. */
    public Optional<String> latestDeploymentId(String processKey) {
        return deployments.latestId(processKey);
    }

    /** The number the next publication of the process gets for the current tenant (1 for the first). */
    public int nextVersion(PublicationOrigin origin, String processKey) {
        return latest(origin, processKey).map(PublishedVersion::version).orElse(0) + 1;
    }

    /** The current tenant's latest published version of the process. */
    public Optional<PublishedVersion> latest(PublicationOrigin origin, String processKey) {
        return versions.findFirstByOriginAndProcessKeyOrderByVersionDesc(origin, processKey);
    }

    /** The current tenant's published versions of the process, newest first. */
    public List<PublishedVersion> history(PublicationOrigin origin, String processKey) {
        return versions.findByOriginAndProcessKeyOrderByVersionDesc(origin, processKey);
    }

    public Optional<PublishedVersion> version(PublicationOrigin origin, String processKey, int version) {
        return versions.findByOriginAndProcessKeyAndVersion(origin, processKey, version);
    }

    /** The published version a Flowable deployment of the current tenant carries. */
    public Optional<PublishedVersion> ofDeployment(PublicationOrigin origin, String deploymentId) {
        return versions.findByOriginAndDeploymentId(origin, deploymentId);
    }

    /** The latest version of each tenant in reach: one in a tenant's context, every tenant's for the city's reads. */
    public List<PublishedVersion> latestOfEachTenant(PublicationOrigin origin, String processKey) {
        return versions.findLatestOfEachTenant(origin, processKey);
    }
}
