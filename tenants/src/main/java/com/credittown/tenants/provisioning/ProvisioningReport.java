package com.credittown.tenants.provisioning;

import java.util.ArrayList;
import java.util.List;

/** What one provisioning run changed, and what failed, tenant by tenant. */
public final class ProvisioningReport {

    private final List<String> changes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int tenants;

    void changed(String tenant, String what) {
        changes.add(tenant + ": " + what);
    }

    void failed(String tenant, String step, String why) {
        failures.add(tenant + ": " + step + ": " + why);
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

    /** Each failure as {@code tenant: step: reason}; those steps run again on the next run. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public String summary() {
        String changed = changes.isEmpty() ? "nothing changed" : changes.size() + " changes";
        return failures.isEmpty() ? changed : changed + ", " + failures.size() + " failures (retried later)";
    }
}
