package com.credittown.workflows.settings;

import com.credittown.platform.identity.DepartmentAssignments;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.credittown.platform.cluster.ClusterLock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells Keycloak about reviewers the settings hold but Keycloak does not yet: right after a change, and again
 * every {@code credittown.settings.reviewer-sync-delay} for every tenant while Keycloak was down.
 */
@Component
class ReviewerSync {

    private static final Logger log = LoggerFactory.getLogger(ReviewerSync.class);

    private final DepartmentReviewers reviewers;
    private final DepartmentAssignments keycloak;
    private final TenantJobs jobs;
    private final TransactionTemplate transaction;
    private final ClusterLock locks;

    ReviewerSync(DepartmentReviewers reviewers, DepartmentAssignments keycloak, TenantJobs jobs,
                 PlatformTransactionManager transactions, ClusterLock locks) {
        this.reviewers = reviewers;
        this.locks = locks;
        this.keycloak = keycloak;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${credittown.settings.reviewer-sync-delay:60s}",
            initialDelayString = "${credittown.settings.reviewer-sync-delay:60s}")
    void syncAllTenants() {
        // one node at a time; a run that takes a while is not started again by another node meanwhile
        locks.runExclusively("reviewer-sync", Duration.ofMinutes(10), Duration.ofSeconds(20),
                () -> jobs.forEachTenant("Reviewer sync", this::syncPending));
    }

    /** Pushes the current tenant's pending reviewers to Keycloak; returns how many are still pending. */
    int syncPending() {
        String tenant = TenantContext.require().code();
        Integer left = transaction.execute(status -> {
            int pending = 0;
            for (DepartmentReviewer reviewer : reviewers.findBySyncState(DepartmentReviewer.SyncState.PENDING)) {
                try {
                    DepartmentAssignments.Outcome outcome = keycloak.assign(tenant, reviewer.username(),
                            reviewer.removed() ? null : reviewer.departmentCode());
                    if (outcome == DepartmentAssignments.Outcome.DONE) {
                        reviewer.synced();
                    } else {
                        reviewer.refused("No user '" + reviewer.username() + "' belongs to this tenant.");
                    }
                } catch (RuntimeException unreachable) {
                    reviewer.attemptFailed(unreachable.toString());
                    pending++;
                    log.warn("Keycloak: reviewer {} of {} still pending: {}", reviewer.username(), tenant,
                            unreachable.toString());
                }
            }
            return pending;
        });
        return left == null ? 0 : left;
    }
}
