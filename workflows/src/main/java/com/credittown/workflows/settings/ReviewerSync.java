package com.credittown.workflows.settings;

import com.credittown.platform.identity.DepartmentAssignments;
import com.credittown.platform.tenancy.EveryTenant;
import com.credittown.platform.tenancy.EveryTenantJob;
import com.credittown.platform.tenancy.TenantContext;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    // one node at a time; a run that takes a while is not started again by another node meanwhile
    private static final EveryTenantJob JOB = new EveryTenantJob("reviewer-sync", "Reviewer sync",
            Duration.ofMinutes(10), Duration.ofSeconds(20), null);
    private static final Logger log = LoggerFactory.getLogger(ReviewerSync.class);

    private final DepartmentReviewers reviewers;
    private final DepartmentAssignments keycloak;
    private final EveryTenant everyTenant;
    private final TransactionTemplate transaction;

    ReviewerSync(DepartmentReviewers reviewers, DepartmentAssignments keycloak, EveryTenant everyTenant,
                 PlatformTransactionManager transactions) {
        this.reviewers = reviewers;
        this.keycloak = keycloak;
        this.everyTenant = everyTenant;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${credittown.settings.reviewer-sync-delay:60s}",
            initialDelayString = "${credittown.settings.reviewer-sync-delay:60s}")
    void syncAllTenants() {
        everyTenant.onOneNode(JOB, () -> everyTenant.run(JOB, this::syncPending));
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
