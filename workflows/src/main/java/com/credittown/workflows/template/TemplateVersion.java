package com.credittown.workflows.template;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One published version of a city template as a tenant adapted it: the parameter values, the Flowable
 * deployment that carries the new process-definition version, who published it, when and why.
 */
@Entity
@Table(name = "template_version")
class TemplateVersion extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "process_key", nullable = false, length = 100)
    private String processKey;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "deployment_id", nullable = false, length = 64)
    private String deploymentId;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @Column(name = "parameters_json", nullable = false, length = 8000)
    private String parametersJson;

    /** The tenant's step changes (JSON of {@link StepChanges}); null when it runs the city's steps. */
    @Column(name = "steps_json", length = 8000)
    private String stepsJson;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected TemplateVersion() {
    }

    TemplateVersion(String processKey, int version, String deploymentId, int definitionVersion, String parametersJson,
                    String stepsJson, Instant publishedAt, String publishedBy, String reason) {
        this.id = UUID.randomUUID().toString();
        this.processKey = processKey;
        this.version = version;
        this.deploymentId = deploymentId;
        this.definitionVersion = definitionVersion;
        this.parametersJson = parametersJson;
        this.stepsJson = stepsJson;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reason = reason;
    }

    String processKey() { return processKey; }
    int version() { return version; }
    String deploymentId() { return deploymentId; }
    int definitionVersion() { return definitionVersion; }
    String parametersJson() { return parametersJson; }
    String stepsJson() { return stepsJson; }
    Instant publishedAt() { return publishedAt; }
    String publishedBy() { return publishedBy; }
    String reason() { return reason; }
}
