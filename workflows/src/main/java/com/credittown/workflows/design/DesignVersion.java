package com.credittown.workflows.design;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One published version of a design: the model and BPMN as deployed, who published it, when and why. */
@Entity
@Table(name = "process_design_version")
class DesignVersion extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "process_key", nullable = false, length = 50)
    private String processKey;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "model_json", nullable = false, length = 500_000)
    private String modelJson;

    @Column(name = "bpmn_xml", nullable = false, length = 500_000)
    private String bpmnXml;

    /** Whether the deployed BPMN was generated from the chain or saved from the modeler. */
    @Enumerated(EnumType.STRING)
    @Column(name = "authoring_mode", nullable = false, length = 10)
    private AuthoringMode authoringMode = AuthoringMode.CHAIN;

    @Column(name = "deployment_id", nullable = false, length = 64)
    private String deploymentId;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected DesignVersion() {
    }

    DesignVersion(String processKey, int version, String modelJson, String bpmnXml, AuthoringMode authoringMode,
                  String deploymentId,
                  int definitionVersion, Instant publishedAt, String publishedBy, String reason) {
        this.id = UUID.randomUUID().toString();
        this.processKey = processKey;
        this.version = version;
        this.modelJson = modelJson;
        this.bpmnXml = bpmnXml;
        this.authoringMode = authoringMode;
        this.deploymentId = deploymentId;
        this.definitionVersion = definitionVersion;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reason = reason;
    }

    String processKey() { return processKey; }
    int version() { return version; }
    String modelJson() { return modelJson; }
    String bpmnXml() { return bpmnXml; }
    AuthoringMode authoringMode() { return authoringMode; }
    String deploymentId() { return deploymentId; }
    int definitionVersion() { return definitionVersion; }
    Instant publishedAt() { return publishedAt; }
    String publishedBy() { return publishedBy; }
    String reason() { return reason; }
}
