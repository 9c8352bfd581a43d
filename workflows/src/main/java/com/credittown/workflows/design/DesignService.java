package com.credittown.workflows.design;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.DeploymentCategory;
import com.credittown.platform.workflow.TenantProcesses;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import com.credittown.workflows.publishing.PublicationOrigin;
import com.credittown.workflows.publishing.PublishedVersion;
import com.credittown.workflows.publishing.Publishing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's process designs: drafts saved only when valid, validation, simulation, publication as a new
 * process-definition version for the tenant only (who, when, why; through the one publishing path, {@link Publishing},
 * origin {@code TENANT_DESIGN}), versions and their comparison. Another tenant's design is answered exactly like one
 * that does not exist (the tenant filter on the tables does it).
 */
@Service
@Allowed(Permission.DESIGN_READ)
public class DesignService {

    private final ProcessDesigns designs;
    private final Publishing publishing;
    private final DesignChecks checks;
    private final TenantProcesses processes;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final PlatformClock clock;

    DesignService(ProcessDesigns designs, Publishing publishing, DesignChecks checks, TenantProcesses processes,
                  ObjectMapper json, AuditLog audit, PlatformClock clock) {
        this.designs = designs;
        this.publishing = publishing;
        this.checks = checks;
        this.processes = processes;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DesignViews.Summary> designs() {
        return designs.findAllByOrderByProcessKeyAsc().stream()
                .map(d -> new DesignViews.Summary(d.processKey(), d.name(), d.revision(), d.updatedAt(),
                        d.updatedBy(), publishedVersion(d.processKey())))
                .toList();
    }

    @Transactional(readOnly = true)
    public DesignViews.Draft design(String processKey) {
        return draft(require(processKey));
    }

    /** Creates a design; refused if the key is taken by another design or by a process the tenant already runs. */
    @Allowed(Permission.DESIGN_EDIT)
    @Transactional
    public DesignViews.Draft create(String processKey, DesignModel model, String actor) {
        if (processKey != null && (designs.findByProcessKey(processKey).isPresent()
                || processes.latest(processKey).isPresent())) {
            throw new InvalidInputException(List.of(new FieldProblem("process", "key-taken",
                    "the process key '" + processKey + "' is already used by this tenant")));
        }
        refuseIfInvalid(checks.chainProblems(processKey, model));
        ProcessDesign design = new ProcessDesign(processKey);
        design.saveChain(model.name(), write(model), clock.instant(), actor);
        designs.save(design);
        audit.record(actor, "DESIGN_CREATED", "process-design", processKey, model.name());
        return draft(design);
    }

    /**
     * Saves the chain and forms; the BPMN is generated from them. Refused with a conflict (409), before anything else is
     * checked, while the design is in BPMN mode: the modeler's diagram would be lost. The draft is locked for the
     * save, so a modeler save in another tab either happens before (and this save is refused) or after.
     */
    @Allowed(Permission.DESIGN_EDIT)
    @Transactional
    public DesignViews.Draft save(String processKey, DesignModel model, String actor) {
        ProcessDesign design = requireForUpdate(processKey);
        design.refuseChainEditInBpmnMode();
        refuseIfInvalid(checks.chainProblems(processKey, model));
        design.saveChain(model.name(), write(model), clock.instant(), actor);
        return draft(design);
    }

    /**
     * Saves BPMN edited in the modeler, checked like generated BPMN, and switches the design to BPMN mode: from now on
     * the diagram is the source of truth (the forms stay those of the chain) until the edits are discarded.
     */
    @Allowed(Permission.DESIGN_EDIT)
    @Transactional
    public DesignViews.Draft saveBpmn(String processKey, String xml, String actor) {
        ProcessDesign design = requireForUpdate(processKey);
        DesignModel model = read(design.modelJson());
        refuseIfInvalid(checks.bpmnProblems(processKey, model, xml));
        AuthoringMode before = design.authoringMode();
        design.saveBpmn(xml, clock.instant(), actor);
        if (before == AuthoringMode.CHAIN) {
            audit.record(actor, "DESIGN_BPMN_MODE", "process-design", processKey,
                    "saved from the BPMN modeler at revision " + design.revision() + "; the chain is frozen");
        }
        return draft(design);
    }

    /**
     * Drops the modeler's diagram and goes back to the chain: the BPMN is generated from the last saved chain again.
     * Nothing happens to a design already in chain mode.
     */
    @Allowed(Permission.DESIGN_EDIT)
    @Transactional
    public DesignViews.Draft discardBpmn(String processKey, String actor) {
        ProcessDesign design = requireForUpdate(processKey);
        if (design.authoringMode() == AuthoringMode.BPMN) {
            design.discardBpmn(clock.instant(), actor);
            audit.record(actor, "DESIGN_BPMN_DISCARDED", "process-design", processKey,
                    "BPMN edits discarded at revision " + design.revision() + "; generated from the chain again");
        }
        return draft(design);
    }

    @Transactional(readOnly = true)
    public List<DesignProblem> validate(String processKey) {
        ProcessDesign design = require(processKey);
        return checks.problems(design, read(design.modelJson()), publishedVersion(processKey) + 1);
    }

    /** The model on screen after one edit of the designer (nothing is saved). */
    public DesignModel edit(DesignModel model, DesignEdit edit) {
        return edit.applyTo(model);
    }

    /** Checks a model that is not saved yet (the editor's current state). */
    public List<DesignProblem> validate(String processKey, DesignModel model) {
        return checks.chainProblems(processKey, model);
    }

    /**
     * Simulates the saved draft: in chain mode its chain, in BPMN mode the diagram itself (user tasks, gateways and due
     * dates as the modeler left them).
     */
    @Transactional(readOnly = true)
    public Simulation simulate(String processKey, Map<String, ?> sample, LocalDate start) {
        ProcessDesign design = require(processKey);
        DesignModel model = read(design.modelJson());
        return checks.simulate(design, model, sample, start);
    }

    /** Simulates a chain that is not saved yet (the editor's current state). */
    public Simulation simulate(DesignModel model, Map<String, ?> sample, LocalDate start) {
        return checks.simulate(model, sample, start);
    }

    /**
     * Deploys the draft as the next version for the current tenant only and records who, when and why. Refused,
     * with nothing deployed, if the draft has a problem or no reason is given.
     */
    @Allowed(Permission.DESIGN_PUBLISH)
    @Transactional
    public DesignViews.Version publish(String processKey, String reason, String actor) {
        ProcessDesign design = require(processKey);
        DesignModel model = read(design.modelJson());
        int version = publishedVersion(processKey) + 1;
        List<DesignProblem> problems = checks.problems(design, model, version);
        if (reason == null || reason.isBlank()) {
            problems.add(new DesignProblem("reason", "required", "every publication needs a reason"));
        } else if (reason.length() > 500) {
            problems.add(new DesignProblem("reason", "too-long", "the reason is longer than 500 characters"));
        }
        refuseIfInvalid(problems);
        String bpmn = design.bpmn(model, version);
        PublishedVersion saved;
        try {
            saved = publishing.publish(new Publishing.Publication(PublicationOrigin.TENANT_DESIGN, processKey, version,
                    DeploymentCategory.TENANT_DESIGN, processKey + ".bpmn20.xml",
                    bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Publishing.Authored.design(design.modelJson(), bpmn, design.authoringMode().name())),
                    actor, reason.strip());
        } catch (FlowableException e) {
            throw new InvalidInputException(List.of(new FieldProblem("bpmn", "not-deployable",
                    "the engine refused the diagram: " + e.getMessage())));
        }
        audit.record(actor, "DESIGN_PUBLISHED", "process-design", processKey,
                "version " + version + " (definition v" + saved.definitionVersion() + "): " + reason.strip());
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<DesignViews.Version> versions(String processKey) {
        require(processKey);
        return publishing.history(PublicationOrigin.TENANT_DESIGN, processKey).stream().map(DesignService::view)
                .toList();
    }

    /**
     * The changes from one published version to another; version 0 stands for the current draft. When either side was
     * authored in the BPMN modeler, both are compared by the steps found in their BPMN (a task inserted in the diagram
     * is an added step); otherwise chain by chain.
     */
    @Transactional(readOnly = true)
    public List<DesignComparison.Change> compare(String processKey, int from, int to) {
        ProcessDesign design = require(processKey);
        Authored before = authoredAt(design, from);
        Authored after = authoredAt(design, to);
        if (before.mode() == AuthoringMode.BPMN || after.mode() == AuthoringMode.BPMN) {
            return DesignComparison.compare(BpmnSteps.asModel(before.model(), before.bpmn()),
                    BpmnSteps.asModel(after.model(), after.bpmn()));
        }
        return DesignComparison.compare(before.model(), after.model());
    }

    /** The published model of a version, for the forms of running cases. */
    @Transactional(readOnly = true)
    public java.util.Optional<DesignModel> publishedModel(String processKey, int version) {
        return publishing.version(PublicationOrigin.TENANT_DESIGN, processKey, version).map(v -> read(v.modelJson()));
    }

    /** The published model behind a Flowable deployment, for the copy-to delegate. */
    @Transactional(readOnly = true)
    public java.util.Optional<DesignModel> modelOfDeployment(String deploymentId) {
        return publishing.ofDeployment(PublicationOrigin.TENANT_DESIGN, deploymentId).map(v -> read(v.modelJson()));
    }

    /** A version's (0: the draft's) model, how it was authored and the BPMN it deploys. */
    private record Authored(DesignModel model, AuthoringMode mode, String bpmn) {
    }

    private Authored authoredAt(ProcessDesign design, int version) {
        if (version == 0) {
            DesignModel model = read(design.modelJson());
            return new Authored(model, design.authoringMode(),
                    design.bpmn(model, publishedVersion(design.processKey()) + 1));
        }
        return publishing.version(PublicationOrigin.TENANT_DESIGN, design.processKey(), version)
                .map(v -> new Authored(read(v.modelJson()), AuthoringMode.valueOf(v.authoringMode()), v.bpmnXml()))
                .orElseThrow(() -> new NotFoundException("Unknown version", "No version " + version + " of '"
                        + design.processKey() + "' is published."));
    }

    private DesignViews.Draft draft(ProcessDesign design) {
        int published = publishedVersion(design.processKey());
        DesignModel model = read(design.modelJson());
        return new DesignViews.Draft(design.processKey(), design.revision(), model,
                design.bpmn(model, published + 1), design.authoringMode(), design.updatedBy(), published);
    }

    private int publishedVersion(String processKey) {
        return publishing.nextVersion(PublicationOrigin.TENANT_DESIGN, processKey) - 1;
    }

    private ProcessDesign require(String processKey) {
        return designs.findByProcessKey(processKey).orElseThrow(() -> new NotFoundException("Unknown design",
                "No process design '" + processKey + "' exists for this tenant."));
    }

    private ProcessDesign requireForUpdate(String processKey) {
        return designs.findLockedByProcessKey(processKey).orElseThrow(() -> new NotFoundException("Unknown design",
                "No process design '" + processKey + "' exists for this tenant."));
    }

    private static void refuseIfInvalid(List<DesignProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(DesignProblem::asFieldProblem).toList());
        }
    }

    private static DesignViews.Version view(PublishedVersion v) {
        return new DesignViews.Version(v.version(), v.definitionVersion(), v.publishedAt(), v.publishedBy(), v.reason());
    }

    private DesignModel read(String text) {
        try {
            return json.readValue(text, DesignModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored design is not JSON", e);
        }
    }

    private String write(DesignModel model) {
        try {
            return json.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
