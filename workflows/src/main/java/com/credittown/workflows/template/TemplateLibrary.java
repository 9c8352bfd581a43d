package com.credittown.workflows.template;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's template library as one tenant uses it: the tenant adopts each city template with its own
 * parameter values, within the city's limits and never beyond a legal (locked) limit. Publishing deploys
 * a new process-definition version for that tenant only and records who, when, why and which values;
 * running cases finish on the version and values they started with.
 */
@Service
public class TemplateLibrary {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final TemplateParameters cityDefaults;
    private final TemplateVersions versions;
    private final RepositoryService repository;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final PlatformClock clock;

    TemplateLibrary(TemplateParameters cityDefaults, TemplateVersions versions, RepositoryService repository,
                    ObjectMapper json, AuditLog audit, PlatformClock clock) {
        this.cityDefaults = cityDefaults;
        this.versions = versions;
        this.repository = repository;
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

    @Transactional(readOnly = true)
    public TemplateView template(String processKey) {
        CityTemplates.Template template = require(processKey);
        var latest = versions.findFirstByProcessKeyOrderByVersionDesc(template.name());
        return new TemplateView(template.name(), latest.map(TemplateVersion::version).orElse(0),
                caseVariables(template.name()), cityDefaults.of(template.name()));
    }

    @Transactional(readOnly = true)
    public List<TemplateView.Version> versions(String processKey) {
        require(processKey);
        return versions.findByProcessKeyOrderByVersionDesc(processKey).stream()
                .map(v -> new TemplateView.Version(v.version(), v.definitionVersion(), read(v.parametersJson()),
                        v.publishedAt(), v.publishedBy(), v.reason()))
                .toList();
    }

    /** The values a new case of this process starts with for the current tenant. */
    @Transactional(readOnly = true)
    public Map<String, Object> caseVariables(String processKey) {
        Map<String, Object> values = new LinkedHashMap<>(cityDefaults.caseVariables(processKey));
        versions.findFirstByProcessKeyOrderByVersionDesc(processKey)
                .ifPresent(latest -> values.putAll(read(latest.parametersJson())));
        return values;
    }

    /**
     * Adapts the tenant's template and publishes it as a new version, or refuses with the reason for each
     * parameter that breaks a limit; nothing is published then.
     */
    @Transactional
    public TemplateView publish(String processKey, Map<String, Object> changes, String reason, String actor) {
        CityTemplates.Template template = require(processKey);
        List<FieldProblem> problems = new java.util.ArrayList<>(TemplateRules.check(cityDefaults.of(processKey),
                changes == null ? Map.of() : changes));
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "required", "every change needs a reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> values = caseVariables(processKey);
        values.putAll(changes);
        Deployment deployment = repository.createDeployment()
                .name(template.name())
                .tenantId(TenantContext.require().code())
                .category("tenant-adaptation")
                .addClasspathResource(template.resource())
                .deploy();
        int definitionVersion = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult().getVersion();
        int version = versions.findFirstByProcessKeyOrderByVersionDesc(processKey)
                .map(TemplateVersion::version).orElse(0) + 1;
        versions.save(new TemplateVersion(processKey, version, deployment.getId(), definitionVersion, write(values),
                clock.instant(), actor, reason.strip()));
        audit.record(actor, "TEMPLATE_PUBLISHED", "template", processKey,
                "version " + version + " (definition v" + definitionVersion + "): " + changes + "; " + reason.strip());
        return template(processKey);
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

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
