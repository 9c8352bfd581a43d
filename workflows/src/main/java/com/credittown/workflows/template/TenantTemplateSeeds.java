package com.credittown.workflows.template;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.workflows.publishing.PublicationOrigin;
import com.credittown.workflows.publishing.Publishing;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A tenant's own starting values for a template, as data in the tenant catalogue
 * ({@code tenants/src/main/resources/tenant-templates/<tenant>/<process>.json}:
 * {@code {"reason": "...", "parameters": {...}}}). At provisioning, a tenant that has not published its own
 * version yet gets these values as its first version — checked against the limits like any publication.
 * Once the tenant publishes, the data no longer applies (the tenant's changes win).
 */
@Component
class TenantTemplateSeeds implements TenantProvisioningStep {

    private final TemplateLibrary library;
    private final Publishing publishing;
    private final ObjectMapper json;

    TenantTemplateSeeds(TemplateLibrary library, Publishing publishing, ObjectMapper json) {
        this.library = library;
        this.publishing = publishing;
        this.json = json;
    }

    @Override
    public String name() {
        return "template-seeds";
    }

    @Override
    public boolean provision(Tenant tenant) {
        boolean changed = false;
        for (CityTemplates.Template template : CityTemplates.ALL) {
            ClassPathResource seed = new ClassPathResource(
                    "tenant-templates/" + tenant.id().code() + "/" + template.name() + ".json");
            if (seed.exists() && publishing.latest(PublicationOrigin.CITY_TEMPLATE, template.name()).isEmpty()) {
                Seed values = read(seed);
                library.publish(template.name(), values.parameters(), values.reason(), AuditLog.SYSTEM);
                changed = true;
            }
        }
        return changed;
    }

    private Seed read(ClassPathResource seed) {
        try (InputStream in = seed.getInputStream()) {
            return json.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + seed.getPath(), e);
        }
    }

    record Seed(String reason, Map<String, Object> parameters) {
    }
}
