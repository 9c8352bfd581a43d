package com.credittown.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.TaskScheduler;

/**
 * The scheduler that runs every {@code @Scheduled} job has a pool: while one job is busy (a slow deadline job
 * sending mail), a frequent one (the search-outbox dispatcher) still runs. With Boot's default single thread the
 * second task would wait until the first finished.
 */
@SpringBootTest
class SchedulingIntegrationTest {

    @Autowired
    TaskScheduler scheduler;

    @Test
    void aBusyJobDoesNotHoldUpTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch frequentRan = new CountDownLatch(3);
        ScheduledFuture<?> slow = scheduler.schedule(() -> {
            busy.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, java.time.Instant.now());
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            ScheduledFuture<?> frequent = scheduler.scheduleWithFixedDelay(frequentRan::countDown,
                    Duration.ofMillis(50));
            try {
                assertThat(frequentRan.await(10, TimeUnit.SECONDS))
                        .as("the frequent job ran three times while the slow one was busy").isTrue();
                assertThat(release.getCount()).isEqualTo(1);
            } finally {
                frequent.cancel(false);
            }
        } finally {
            release.countDown();
            slow.cancel(false);
        }
    }
}
