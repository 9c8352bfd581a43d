package com.credittown.tenants.provisioning;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.tenants.catalogue.CatalogueEntry;
import com.credittown.tenants.catalogue.TenantCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Service;

/**
 * Sets up every tenant of the catalogue: registers it, then runs every {@link TenantProvisioningStep}
 * (Flowable templates, Keycloak organisation and users, ...) inside that tenant's context. Idempotent.
 * A step that fails (say Keycloak is down) is reported and retried on the next run; the other steps and
 * tenants go on.
 *
 * <p>A tenant whose {@link ProvisioningFingerprints fingerprint} is the one recorded at its last provisioning without
 * a failure is skipped (setting {@code skip-unchanged}), unless a step's city-wide preparation changed something this
 * run (say the Keycloak realm was created anew: every tenant's organisation must be too). The tenants to provision run
 * {@code parallelism} at a time (at most half the connection pool), each tenant's steps in order on one thread.
 */
@Service
public class TenantProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioner.class);

    private final TenantCatalogue catalogue;
    private final TenantDirectory directory;
    private final List<TenantProvisioningStep> steps;
    private final TenantJobs jobs;
    private final ProvisionedTenants provisioned;
    private final ProvisioningSettings settings;
    private final ResourcePatternResolver resources;
    private final int threads;

    TenantProvisioner(TenantCatalogue catalogue, TenantDirectory directory, List<TenantProvisioningStep> steps,
                      TenantJobs jobs, ProvisionedTenants provisioned, ProvisioningSettings settings,
                      ResourceLoader resources, DataSource database) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.steps = steps;
        this.jobs = jobs;
        this.provisioned = provisioned;
        this.settings = settings;
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resources);
        this.threads = threads(settings.parallelism(), database);
    }

    /**
     * The tenants provisioned at once: the setting, but at most half the connection pool (a tenant's steps may hold a
     * second connection for a nested transaction while they hold the first; more threads could wait on each other).
     */
    static int threads(int parallelism, DataSource database) {
        try {
            if (database.isWrapperFor(HikariDataSource.class)) {
                int pool = database.unwrap(HikariDataSource.class).getMaximumPoolSize();
                return Math.max(1, Math.min(parallelism, pool / 2));
            }
        } catch (SQLException e) {
            log.debug("Connection pool size unknown: {}", e.toString());
        }
        return parallelism;
    }

    /** Provisions the catalogue's new and changed tenants and says what changed, what failed, what was skipped. */
    public ProvisioningReport provisionAll() {
        ProvisioningReport report = new ProvisioningReport();
        List<TenantProvisioningStep> ready = steps.stream().filter(step -> prepare(step, report)).toList();
        boolean complete = ready.size() == steps.size();
        boolean cityChanged = !report.changes().isEmpty();
        ProvisioningFingerprints fingerprints = new ProvisioningFingerprints(
                steps.stream().map(TenantProvisioningStep::name).toList(), settings.fingerprintResources(), resources);
        Map<String, String> recorded = settings.skipUnchanged() && !cityChanged ? provisioned.fingerprints() : Map.of();
        List<Runnable> work = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.entries()) {
            String fingerprint = fingerprints.of(entry);
            if (fingerprint.equals(recorded.get(entry.id().code()))) {
                report.skipped();
            } else {
                work.add(() -> provision(entry, fingerprint, ready, complete, report));
            }
        }
        run(work);
        log.info("Provisioned {} tenants ({} unchanged, skipped; {} at a time): {}", report.tenants(),
                report.skippedTenants(), threads, report.summary());
        return report;
    }

    /** One tenant: registered, every ready step; its fingerprint recorded only if nothing failed or was left out. */
    private void provision(CatalogueEntry entry, String fingerprint, List<TenantProvisioningStep> ready,
                           boolean complete, ProvisioningReport report) {
        String code = entry.id().code();
        try {
            if (directory.register(entry.id(), entry.nameZh(), entry.nameEn(), entry.kind())) {
                report.changed(code, "registered");
            }
            Tenant tenant = directory.find(code).orElseThrow();
            AtomicInteger failures = new AtomicInteger();
            jobs.runFor(entry.id(), () -> ready.forEach(step -> {
                if (!provision(step, tenant, report)) {
                    failures.incrementAndGet();
                }
            }));
            if (complete && failures.get() == 0) {
                provisioned.record(code, fingerprint);
            }
        } catch (RuntimeException e) {
            log.warn("Provisioning failed for {}: {}", code, e.toString());
            report.failed(code, "register", e.toString());
        }
        report.tenantDone();
    }

    /** Runs the tenants' work, {@code parallelism} at a time, and waits for all of it. */
    private void run(List<Runnable> work) {
        if (threads == 1 || work.size() < 2) {
            work.forEach(Runnable::run);
            return;
        }
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), runnable -> {
            Thread thread = new Thread(runnable, "tenant-provisioning-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = work.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> tenant : running) {
                tenant.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Provisioning interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Provisioning failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean prepare(TenantProvisioningStep step, ProvisioningReport report) {
        try {
            if (step.prepare()) {
                report.changed("city", step.name());
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Provisioning step {} could not prepare: {}", step.name(), e.toString());
            report.failed("city", step.name(), e.toString());
            return false;
        }
    }

    /** Runs the step for the tenant; false if it failed. */
    private static boolean provision(TenantProvisioningStep step, Tenant tenant, ProvisioningReport report) {
        try {
            if (step.provision(tenant)) {
                report.changed(tenant.id().code(), step.name());
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Provisioning step {} failed for {}: {}", step.name(), tenant.id(), e.toString());
            report.failed(tenant.id().code(), step.name(), e.toString());
            return false;
        }
    }
}
