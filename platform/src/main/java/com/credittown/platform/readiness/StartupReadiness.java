package com.credittown.platform.readiness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The work that must finish after start-up before the platform is ready for its users: the Keycloak realm and the
 * tenants provisioned, the demo city loaded where it is enabled. Each piece of work is expected when its bean is
 * made, and reported finished, retrying (failed, tried again later) or failed for good. Until every expected piece
 * has finished, the {@code startup} health indicator, and with it {@code /actuator/health/readiness}, reports
 * OUT_OF_SERVICE (DOWN once a piece failed for good), so scripts/run.sh prints the URLs only when a login works.
 */
@Component
public class StartupReadiness {

    private static final Logger log = LoggerFactory.getLogger(StartupReadiness.class);

    private final Map<String, StartupProgress> work = new LinkedHashMap<>();

    /** The platform is not ready until {@code name} has finished. */
    public synchronized void expect(String name) {
        work.putIfAbsent(name, new StartupProgress(StartupState.PENDING, null));
    }

    public synchronized void finished(String name) {
        work.put(name, new StartupProgress(StartupState.FINISHED, null));
        if (ready()) {
            log.info("Start-up work finished ({}): the platform is ready", String.join(", ", work.keySet()));
        }
    }

    /** Failed this time and will be tried again: not ready yet. */
    public synchronized void retrying(String name, String reason) {
        work.put(name, new StartupProgress(StartupState.RETRYING, reason));
        log.warn("Not ready yet: {} failed and is retried: {}", name, reason);
    }

    /** Failed and will not be tried again: the platform does not become ready on its own. */
    public synchronized void failed(String name, String reason) {
        work.put(name, new StartupProgress(StartupState.FAILED, reason));
        log.error("Not ready: {} failed: {}", name, reason);
    }

    public synchronized boolean ready() {
        return work.values().stream().allMatch(progress -> progress.state() == StartupState.FINISHED);
    }

    /** A piece of work that failed for good, if one did. */
    public synchronized Optional<Map.Entry<String, StartupProgress>> failure() {
        return work.entrySet().stream().filter(e -> e.getValue().state() == StartupState.FAILED)
                .map(e -> Map.entry(e.getKey(), e.getValue())).findFirst();
    }

    public synchronized Map<String, StartupProgress> work() {
        return Map.copyOf(work);
    }
}
