package com.credittown.workflows.design;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant's draft of a process: the designer's model as JSON and, if edited in the modeler, its own BPMN. */
@Entity
@Table(name = "process_design")
class ProcessDesign extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "process_key", nullable = false, length = 50, updatable = false)
    private String processKey;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** Counts the saves of the draft: 1 when created. */
    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "model_json", nullable = false, length = 500_000)
    private String modelJson;

    @Column(name = "bpmn_xml", length = 500_000)
    private String bpmnXml;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ProcessDesign() {
    }

    ProcessDesign(String processKey) {
        this.id = UUID.randomUUID().toString();
        this.processKey = processKey;
    }

    void update(String name, String modelJson, String bpmnXml, Instant at, String by) {
        this.name = name;
        this.modelJson = modelJson;
        this.bpmnXml = bpmnXml;
        this.updatedAt = at;
        this.updatedBy = by;
        this.revision++;
    }

    String processKey() { return processKey; }
    String name() { return name; }
    int revision() { return revision; }
    String modelJson() { return modelJson; }
    String bpmnXml() { return bpmnXml; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }
}
