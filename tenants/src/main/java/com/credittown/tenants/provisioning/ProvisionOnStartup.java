package com.credittown.tenants.provisioning;

import java.time.Duration;
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
 * down), provisioning runs again every retry interval until a run has no failures.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "credittown.tenants.provision-on-startup", havingValue = "true", matchIfMissing = true)
class ProvisionOnStartup implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProvisionOnStartup.class);

    private final TenantProvisioner provisioner;
    private final Duration retryInterval;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tenant-provisioning-retry");
        thread.setDaemon(true);
        return thread;
    });

    ProvisionOnStartup(TenantProvisioner provisioner,
                       @Value("${credittown.tenants.provisioning-retry:PT1M}") Duration retryInterval) {
        this.provisioner = provisioner;
        this.retryInterval = retryInterval;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisioner.provisionAll().failures().isEmpty()) {
            scheduleRetry();
        }
    }

    private void scheduleRetry() {
        retries.schedule(() -> {
            try {
                if (!provisioner.provisionAll().failures().isEmpty()) {
                    scheduleRetry();
                }
            } catch (RuntimeException e) {
                log.warn("Provisioning retry failed: {}", e.toString());
                scheduleRetry();
            }
        }, retryInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
