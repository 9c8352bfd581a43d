package com.credittown.platform.readiness;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code startup} in /actuator/health and in its {@code readiness} group: UP once every piece of start-up work has
 * finished, OUT_OF_SERVICE while one is still running or being retried, DOWN when one failed for good. The details
 * (for administrators and the city office) name each piece with its state and last failure.
 */
@Component("startup")
class StartupHealthIndicator extends AbstractHealthIndicator {

    private final StartupReadiness readiness;

    StartupHealthIndicator(StartupReadiness readiness) {
        super("Start-up readiness check failed");
        this.readiness = readiness;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (readiness.ready()) {
            builder.up();
        } else if (readiness.failure().isPresent()) {
            builder.down();
        } else {
            builder.outOfService();
        }
        readiness.work().forEach((name, progress) -> builder.withDetail(name,
                progress.reason() == null ? progress.state().name()
                        : progress.state().name() + ": " + progress.reason()));
    }
}
