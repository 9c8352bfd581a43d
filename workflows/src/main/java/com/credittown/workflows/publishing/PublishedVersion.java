package com.credittown.workflows.publishing;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One published version of a tenant's process, whichever front end authored it ({@link PublicationOrigin}): the
 * Flowable deployment that carries the new process-definition version, what was authored (a template's parameter
 * values and step changes, or a design's model, BPMN and authoring mode), who published it, when and why. Append-only.
 */
@Entity
@Table(name = "published_version")
public class PublishedVersion extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private PublicationOrigin origin;

    @Column(name = "process_key", nullable = false, length = 100)
    private String processKey;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "deployment_id", nullable = false, length = 64)
    private String deploymentId;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    /** A template's parameter values (JSON); null for a design. */
    @Column(name = "parameters_json", length = 8000)
    private String parametersJson;

    /** A template's step changes (JSON); null when it runs the city's steps, and for a design. */
    @Column(name = "steps_json", length = 8000)
    private String stepsJson;

    /** A design's model (JSON); null for a template. */
    @Column(name = "model_json", length = 500_000)
    private String modelJson;

    /** A design's BPMN as deployed; null for a template (its BPMN is the city's with the step changes). */
    @Column(name = "bpmn_xml", length = 500_000)
    private String bpmnXml;

    /** How a design's deployed BPMN was authored (CHAIN or BPMN); null for a template. */
    @Column(name = "authoring_mode", length = 10)
    private String authoringMode;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected PublishedVersion() {
    }

    PublishedVersion(PublicationOrigin origin, String processKey, int version, String deploymentId,
                     int definitionVersion, Publishing.Authored authored, Instant publishedAt, String publishedBy,
                     String reason) {
        this.id = UUID.randomUUID().toString();
        this.origin = origin;
        this.processKey = processKey;
        this.version = version;
        this.deploymentId = deploymentId;
        this.definitionVersion = definitionVersion;
        this.parametersJson = authored.parametersJson();
        this.stepsJson = authored.stepsJson();
        this.modelJson = authored.modelJson();
        this.bpmnXml = authored.bpmnXml();
        this.authoringMode = authored.authoringMode();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reason = reason;
    }

    public PublicationOrigin origin() { return origin; }
    public String processKey() { return processKey; }
    public int version() { return version; }
    public String deploymentId() { return deploymentId; }
    public int definitionVersion() { return definitionVersion; }
    public String parametersJson() { return parametersJson; }
    public String stepsJson() { return stepsJson; }
    public String modelJson() { return modelJson; }
    public String bpmnXml() { return bpmnXml; }
    public String authoringMode() { return authoringMode; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public String reason() { return reason; }
}
