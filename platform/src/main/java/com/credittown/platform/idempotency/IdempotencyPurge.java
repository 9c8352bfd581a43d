package com.credittown.platform.idempotency;

import com.credittown.platform.cluster.ClusterLock;
import com.credittown.platform.cluster.OneNodeJob;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly, on one node: forgets stored answers older than {@code credittown.idempotency.retention}. */
@Component
@EnableConfigurationProperties(IdempotencySettings.class)
class IdempotencyPurge {

    // one node at a time; a purge that takes a while is not started again by another node meanwhile
    private static final OneNodeJob JOB = new OneNodeJob("idempotency-purge", Duration.ofMinutes(30),
            Duration.ofMinutes(1));

    private final IdempotentRequests requests;
    private final IdempotencySettings settings;
    private final ClusterLock locks;

    IdempotencyPurge(IdempotentRequests requests, IdempotencySettings settings, ClusterLock locks) {
        this.requests = requests;
        this.settings = settings;
        this.locks = locks;
    }

    @Scheduled(cron = "${credittown.idempotency.purge-cron:0 20 * * * *}", zone = "Asia/Shanghai")
    void hourly() {
        locks.onOneNode(JOB, () -> requests.purgeBefore(Instant.now().minus(settings.retention())));
    }
}
