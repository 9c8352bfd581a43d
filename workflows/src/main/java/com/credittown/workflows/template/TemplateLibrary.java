package com.credittown.workflows.template;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.DeploymentCategory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.credittown.workflows.publishing.PublicationOrigin;
import com.credittown.workflows.publishing.PublishedVersion;
import com.credittown.workflows.publishing.Publishing;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's template library as one tenant uses it: the tenant adopts each city template with its own
 * parameter values, within the city's limits and never beyond a limit the city locks. Publishing deploys
 * a new process-definition version for that tenant only and records who, when, why and which values (through the
 * one publishing path, {@link Publishing}, origin {@code CITY_TEMPLATE}); running cases finish on the version and
 * values they started with.
 */
@Service
@Allowed(Permission.TEMPLATE_READ)
public class TemplateLibrary {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final TemplateParameters cityDefaults;
    private final TemplateStructures structures;
    private final Publishing publishing;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final TemplateParameterCache cache;
    private final ApplicationEventPublisher events;

    TemplateLibrary(TemplateParameters cityDefaults, TemplateStructures structures, Publishing publishing,
                    ObjectMapper json, AuditLog audit, PlatformClock clock, TemplateParameterCache cache,
                    ApplicationEventPublisher events) {
        this.cache = cache;
        this.events = events;
        this.cityDefaults = cityDefaults;
        this.structures = structures;
        this.publishing = publishing;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> templates() {
        return CityTemplates.ALL.stream().map(template -> template(template.name())).toList();
    }

    /**
     * Whether the process is one of the city templates, the only processes a tenant's users start themselves;
     * platform-internal processes (e.g. the city office's supervision) are started by their own features.
     */
    public boolean isCityTemplate(String processKey) {
        return CityTemplates.ALL.stream().anyMatch(t -> t.name().equals(processKey));
    }

    /**
     * The steps of a process the city office locks (step id → basis): what task operations may neither skip nor undo.
     * Empty for a process that is not a city template (a tenant's own design locks nothing).
     */
    public Map<String, String> lockedSteps(String processKey) {
        if (!isCityTemplate(processKey)) {
            return Map.of();
        }
        Map<String, String> locked = new java.util.TreeMap<>();
        structures.of(processKey).locked().forEach((step, lock) -> locked.put(step, lock.basis()));
        return locked;
    }

    @Transactional(readOnly = true)
    public TemplateView template(String processKey) {
        CityTemplates.Template template = require(processKey);
        var latest = latest(template.name());
        return new TemplateView(template.name(), latest.map(PublishedVersion::version).orElse(0),
                caseVariables(template.name()), cityDefaults.of(template.name()), stepChanges(template.name()),
                structures.of(template.name()));
    }

    @Transactional(readOnly = true)
    public List<TemplateView.Version> versions(String processKey) {
        require(processKey);
        return publishing.history(PublicationOrigin.CITY_TEMPLATE, processKey).stream()
                .map(v -> new TemplateView.Version(v.version(), v.definitionVersion(), read(v.parametersJson()),
                        readSteps(v.stepsJson()), v.publishedAt(), v.publishedBy(), v.reason()))
                .toList();
    }

    /** The values a new case of this process starts with for the current tenant. */
    @Transactional(readOnly = true)
    public Map<String, Object> caseVariables(String processKey) {
        Map<String, Object> values = new LinkedHashMap<>(cityDefaults.caseVariables(processKey));
        latest(processKey)
                .ifPresent(latest -> values.putAll(read(latest.parametersJson())));
        return values;
    }

    /**
     * The values a new case starts with on this process definition, the current tenant's latest (the one the case is
     * about to start on): {@link #caseVariables(String)}, kept in memory for the tenant, process and definition, so
     * starting a case does not read the latest published version each time. A publish deploys a new definition, so
     * kept values never outlive their version, on any node.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> caseVariables(String processKey, String definitionId) {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isEmpty() || TenantContext.readsForCity() || definitionId == null) {
            return caseVariables(processKey);
        }
        Map<String, Object> kept = cache.get(tenant.get(), processKey, definitionId);
        if (kept != null) {
            return kept;
        }
        Map<String, Object> values = caseVariables(processKey);
        cache.put(tenant.get(), processKey, definitionId, values);
        return values;
    }

    /**
     * The values a new case of this process starts with, per tenant: the tenant's own (one entry) in its context,
     * every tenant's that adapted the template for the city's reads ({@code CityReads}); a tenant without an entry
     * starts with {@link #cityDefaults}.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Object>> caseVariablesByTenant(String processKey) {
        Map<String, Map<String, Object>> byTenant = new LinkedHashMap<>();
        for (PublishedVersion latest : publishing.latestOfEachTenant(PublicationOrigin.CITY_TEMPLATE, processKey)) {
            Map<String, Object> values = new LinkedHashMap<>(cityDefaults.caseVariables(processKey));
            values.putAll(read(latest.parametersJson()));
            byTenant.put(latest.getTenantId(), values);
        }
        return byTenant;
    }

    /** The values the city's template starts a case with, before any tenant's adaptation. */
    public Map<String, Object> cityDefaults(String processKey) {
        return cityDefaults.caseVariables(processKey);
    }

    /** The tenant's step changes in force: those of its latest published version, else none. */
    @Transactional(readOnly = true)
    public StepChanges stepChanges(String processKey) {
        return latest(processKey)
                .map(v -> readSteps(v.stepsJson())).orElse(StepChanges.NONE);
    }

    /** The BPMN the current tenant runs for this template: the city's with the tenant's step changes. */
    @Transactional(readOnly = true)
    public byte[] bpmn(String processKey) {
        CityTemplates.Template template = require(processKey);
        return TemplateBpmn.adapt(TemplateBpmn.city(template), structures.of(processKey), stepChanges(processKey));
    }

    /**
     * What the tenant's published step changes break in the city's template as it is now (empty when they still
     * fit): the city may since have changed the template, locked a step or closed a position. Checked before the
     * changes are applied again at start-up.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> stepChangesThatNoLongerFit(String processKey) {
        StepChanges changes = stepChanges(processKey);
        if (changes.isEmpty()) {
            return List.of();
        }
        var cityModel = TemplateBpmn.parse(TemplateBpmn.city(require(processKey)));
        return TemplateStepRules.check(structures.of(processKey), TemplateBpmn.elementIds(cityModel),
                TemplateBpmn.flowIds(cityModel), caseVariables(processKey), changes);
    }

    /**
     * Adapts the tenant's parameter values, keeping its step changes, and publishes a new version; see
     * {@link #publish(String, Map, StepChanges, String, String)}.
     */
    @Allowed(Permission.TEMPLATE_PUBLISH)
    @Transactional
    public TemplateView publish(String processKey, Map<String, Object> changes, String reason, String actor) {
        return publish(processKey, changes, null, reason, actor);
    }

    /**
     * Adapts the tenant's template and publishes it as a new version, or refuses with the reason for each
     * parameter or step that breaks a limit or a lock; nothing is published then.
     *
     * @param changes the parameter values to change (the others stay as they are)
     * @param steps   the tenant's step changes as a whole, replacing the current ones; null keeps them
     */
    @Allowed(Permission.TEMPLATE_PUBLISH)
    @Transactional
    public TemplateView publish(String processKey, Map<String, Object> changes, StepChanges steps, String reason,
                                String actor) {
        CityTemplates.Template template = require(processKey);
        Map<String, Object> changed = changes == null ? Map.of() : changes;
        StepChanges structure = steps == null ? stepChanges(processKey) : steps;
        List<FieldProblem> problems = new java.util.ArrayList<>(TemplateRules.check(cityDefaults.of(processKey),
                changed));
        Map<String, Object> values = caseVariables(processKey);
        values.putAll(changed);
        byte[] city = TemplateBpmn.city(template);
        var cityModel = TemplateBpmn.parse(city);
        problems.addAll(TemplateStepRules.check(structures.of(processKey), TemplateBpmn.elementIds(cityModel),
                TemplateBpmn.flowIds(cityModel), values, structure));
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "required", "every change needs a reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int version = publishing.nextVersion(PublicationOrigin.CITY_TEMPLATE, processKey);
        PublishedVersion published = publishing.publish(new Publishing.Publication(PublicationOrigin.CITY_TEMPLATE,
                processKey, version, DeploymentCategory.TENANT_ADAPTATION, template.resource(),
                TemplateBpmn.adapt(city, structures.of(processKey), structure),
                Publishing.Authored.template(write(values), structure.isEmpty() ? null : write(structure))),
                actor, reason.strip());
        int definitionVersion = published.definitionVersion();
        events.publishEvent(new TemplatePublished(TenantContext.require(), processKey, version));
        audit.record(actor, "TEMPLATE_PUBLISHED", "template", processKey,
                "version " + version + " (definition v" + definitionVersion + "): " + changed
                        + (steps == null ? "" : "; steps " + describe(structure)) + "; " + reason.strip());
        return template(processKey);
    }

    private java.util.Optional<PublishedVersion> latest(String processKey) {
        return publishing.latest(PublicationOrigin.CITY_TEMPLATE, processKey);
    }

    private static String describe(StepChanges steps) {
        return "inserted " + steps.inserted().stream().map(s -> s.id() + "@" + s.position()).toList()
                + ", removed " + steps.removed();
    }

    private static CityTemplates.Template require(String processKey) {
        return CityTemplates.ALL.stream().filter(t -> t.name().equals(processKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown template", "No city template '" + processKey + "'."));
    }

    private Map<String, Object> read(String values) {
        try {
            return json.readValue(values, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored template values are not JSON", e);
        }
    }

    private StepChanges readSteps(String steps) {
        if (steps == null) {
            return StepChanges.NONE;
        }
        try {
            return json.readValue(steps, StepChanges.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored step changes are not JSON", e);
        }
    }

    private String write(Object values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
