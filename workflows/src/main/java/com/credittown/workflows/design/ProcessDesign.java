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

/**
 * A tenant's draft of a process: the designer's model as JSON and, in {@link AuthoringMode#BPMN} mode, the BPMN saved
 * from the modeler. The mode rules live here: a chain save on a BPMN-mode draft is refused (it would replace the
 * modeler's edit), saving from the modeler switches to BPMN mode, and only discarding the edits goes back.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "authoring_mode", nullable = false, length = 10)
    private AuthoringMode authoringMode = AuthoringMode.CHAIN;

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

    /**
     * Saves the chain and forms; the BPMN will be generated from them.
     *
     * @throws com.credittown.platform.web.ConflictException in BPMN mode: the modeler's diagram is the source of
     *         truth and would be lost; discard it first
     */
    void saveChain(String name, String modelJson, Instant at, String by) {
        refuseChainEditInBpmnMode();
        touch(name, modelJson, null, at, by);
    }

    /** @throws com.credittown.platform.web.ConflictException in BPMN mode, naming who saved the diagram */
    void refuseChainEditInBpmnMode() {
        if (authoringMode == AuthoringMode.BPMN) {
            throw new com.credittown.platform.web.ConflictException("The design '" + processKey + "' is edited in the "
                    + "BPMN modeler (saved by " + updatedBy + ", revision " + revision + "); saving the chain would "
                    + "replace that diagram. Discard the BPMN edits first (POST .../discard-bpmn) or keep editing "
                    + "in the modeler.");
        }
    }

    /** Saves the diagram from the modeler (checked by the caller) and makes it the source of truth. */
    void saveBpmn(String bpmnXml, Instant at, String by) {
        authoringMode = AuthoringMode.BPMN;
        touch(name, modelJson, bpmnXml, at, by);
    }

    /** Drops the modeler's diagram: the BPMN is generated from the last saved chain again. */
    void discardBpmn(Instant at, String by) {
        authoringMode = AuthoringMode.CHAIN;
        touch(name, modelJson, null, at, by);
    }

    private void touch(String name, String modelJson, String bpmnXml, Instant at, String by) {
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
    AuthoringMode authoringMode() { return authoringMode; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }

    /**
     * The BPMN this draft deploys as the given version: generated from the model in chain mode; in BPMN mode the
     * modeler's diagram, its form keys pointing at that version.
     */
    String bpmn(DesignModel model, int version) {
        if (bpmnXml == null) {
            return BpmnGenerator.generate(processKey, version, model);
        }
        return bpmnXml.replaceAll("design:" + java.util.regex.Pattern.quote(processKey) + "(@\\d+)?:",
                java.util.regex.Matcher.quoteReplacement(BpmnGenerator.formKey(processKey, version, "")));
    }
}
