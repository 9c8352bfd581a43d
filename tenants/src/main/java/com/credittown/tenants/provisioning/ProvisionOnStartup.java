package com.credittown.tenants.provisioning;

import com.credittown.platform.readiness.StartupReadiness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Provisions the catalogue when the application starts (on by default). If a step failed (a service was
 * down), provisioning runs again every retry interval until a run has no failures. The platform is not ready
 * ({@link StartupReadiness}) until a run had no failures: before that a login would find no realm or no tenant.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "credittown.tenants.provision-on-startup", havingValue = "true", matchIfMissing = true)
class ProvisionOnStartup implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProvisionOnStartup.class);

    static final String WORK = "provisioning";

    private final TenantProvisioner provisioner;
    private final StartupReadiness readiness;
    private final Duration retryInterval;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tenant-provisioning-retry");
        thread.setDaemon(true);
        return thread;
    });

    ProvisionOnStartup(TenantProvisioner provisioner, StartupReadiness readiness,
                       @Value("${credittown.tenants.provisioning-retry:PT1M}") Duration retryInterval) {
        this.provisioner = provisioner;
        this.readiness = readiness;
        this.retryInterval = retryInterval;
        readiness.expect(WORK);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisionedFully()) {
            scheduleRetry();
        }
    }

    /** One run; tells the readiness whether it left anything undone. */
    private boolean provisionedFully() {
        List<String> failures = provisioner.provisionAll().failures();
        if (failures.isEmpty()) {
            readiness.finished(WORK);
            return true;
        }
        readiness.retrying(WORK, failures.size() + " step(s) failed, retried in " + retryInterval + "; first: "
                + failures.get(0));
        return false;
    }

    private void scheduleRetry() {
        retries.schedule(() -> {
            try {
                if (!provisionedFully()) {
                    scheduleRetry();
                }
            } catch (RuntimeException e) {
                log.warn("Provisioning retry failed: {}", e.toString());
                readiness.retrying(WORK, e.toString());
                scheduleRetry();
            }
        }, retryInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
