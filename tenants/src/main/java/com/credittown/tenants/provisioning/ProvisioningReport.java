package com.credittown.tenants.provisioning;

import java.util.ArrayList;
import java.util.List;

/** What one provisioning run changed, tenant by tenant. */
public final class ProvisioningReport {

    private final List<String> changes = new ArrayList<>();
    private int tenants;

    void changed(String tenant, String what) {
        changes.add(tenant + ": " + what);
    }

    void tenantDone() {
        tenants++;
    }

    public int tenants() {
        return tenants;
    }

    /** Each change as {@code tenant: step}; empty when the run changed nothing. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    public String summary() {
        return changes.isEmpty() ? "nothing changed" : changes.size() + " changes";
    }
}
