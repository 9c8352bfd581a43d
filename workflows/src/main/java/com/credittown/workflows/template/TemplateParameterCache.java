package com.credittown.workflows.template;

import com.credittown.platform.tenancy.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The parameter values each tenant's cases of a template start with, in memory, keyed by tenant and process and
 * valid for one process definition: every publish deploys a new definition in the same transaction as its values, so
 * values kept for the definition a case is about to start on are that definition's values on every node. A publish on
 * this node also drops the tenant's entry at once ({@link TemplatePublished}).
 */
@Component
class TemplateParameterCache {

    private record Key(String tenant, String processKey) {
    }

    private record Entry(String definitionId, Map<String, Object> values) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The values kept for this tenant's process and definition (a copy to change freely), or null. */
    Map<String, Object> get(TenantId tenant, String processKey, String definitionId) {
        Entry entry = entries.get(new Key(tenant.code(), processKey));
        return entry == null || !entry.definitionId().equals(definitionId) ? null
                : new LinkedHashMap<>(entry.values());
    }

    void put(TenantId tenant, String processKey, String definitionId, Map<String, Object> values) {
        entries.put(new Key(tenant.code(), processKey),
                new Entry(definitionId, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    }

    @EventListener
    void published(TemplatePublished published) {
        entries.remove(new Key(published.tenant().code(), published.processKey()));
    }
}
