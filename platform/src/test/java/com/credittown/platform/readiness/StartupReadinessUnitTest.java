package com.credittown.platform.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class StartupReadinessUnitTest {

    private final StartupReadiness readiness = new StartupReadiness();
    private final StartupHealthIndicator indicator = new StartupHealthIndicator(readiness);

    @Test
    void outOfServiceUntilEveryExpectedPieceHasFinished() {
        readiness.expect("provisioning");
        readiness.expect("demo city");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        readiness.retrying("provisioning", "Keycloak: connection refused");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator.health().getDetails()).containsEntry("provisioning",
                "RETRYING: Keycloak: connection refused");

        readiness.finished("provisioning");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        readiness.finished("demo city");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWithTheReasonWhenAPieceFailedForGood() {
        readiness.expect("provisioning");
        readiness.expect("demo city");
        readiness.finished("provisioning");
        readiness.failed("demo city", "a town is not provisioned");

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsEntry("demo city", "FAILED: a town is not provisioned");
    }

    @Test
    void readyAtOnceWhenNothingIsExpected() {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
