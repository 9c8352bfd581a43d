package com.credittown.tenants.provisioning;

import java.util.ArrayList;
import java.util.List;

/** What one provisioning run changed, and what failed, tenant by tenant (tenants may be provisioned in parallel). */
public final class ProvisioningReport {

    private final List<String> changes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int tenants;
    private int skipped;

    synchronized void changed(String tenant, String what) {
        changes.add(tenant + ": " + what);
    }

    synchronized void failed(String tenant, String step, String why) {
        failures.add(tenant + ": " + step + ": " + why);
    }

    synchronized void tenantDone() {
        tenants++;
    }

    /** A tenant left alone: its provisioning fingerprint had not changed. */
    synchronized void skipped() {
        tenants++;
        skipped++;
    }

    /** The catalogue's tenants this run went over, provisioned or skipped. */
    public synchronized int tenants() {
        return tenants;
    }

    /** The tenants skipped because nothing they depend on had changed since their last complete provisioning. */
    public synchronized int skippedTenants() {
        return skipped;
    }

    /** Each change as {@code tenant: step}; empty when the run changed nothing. */
    public synchronized List<String> changes() {
        return List.copyOf(changes);
    }

    /** Each failure as {@code tenant: step: reason}; those steps run again on the next run. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized String summary() {
        String changed = changes.isEmpty() ? "nothing changed" : changes.size() + " changes";
        return failures.isEmpty() ? changed : changed + ", " + failures.size() + " failures (retried later)";
    }
}
