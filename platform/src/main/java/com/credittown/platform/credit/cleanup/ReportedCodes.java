package com.credittown.platform.credit.cleanup;

import com.credittown.platform.credit.SubjectCodeReported;
import com.credittown.platform.time.PlatformClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what the registration and the import report ({@link SubjectCodeReported}) and brings its item up to date. An
 * import row's report is written in the chunk's transaction (committed or rolled back with the rows), its items once
 * per chunk just before the commit; a refused registration's in a transaction of its own, since the registration
 * rolls back.
 */
@Component
class ReportedCodes {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportedCodes.class);

    private final CodeObservations observations;
    private final CleanupDetection detection;
    private final PlatformClock clock;
    private final TransactionTemplate ownTransaction;

    ReportedCodes(CodeObservations observations, CleanupDetection detection, PlatformClock clock,
                  PlatformTransactionManager transactions) {
        this.observations = observations;
        this.detection = detection;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(SubjectCodeReported reported) {
        if (reported.tenant() == null) {
            return;
        }
        if (reported.refused() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                ownTransaction.executeWithoutResult(status -> detection.refresh(
                        observations.save(new CodeObservation(reported, clock.instant())), reported.actor()));
            } catch (RuntimeException e) {
                // the refusal's answer matters more than its report: the caller still hears why it was refused
                log.warn("Could not keep the report of a refused {} of tenant {} for the code clean-up",
                        reported.source(), reported.tenant(), e);
            }
            return;
        }
        CodeObservation seen = observations.save(new CodeObservation(reported, clock.instant()));
        pending().put(groupOf(seen), new Pending(seen, reported.actor()));
    }

    private record Pending(CodeObservation seen, String actor) {
    }

    private static String groupOf(CodeObservation o) {
        return o.ownerTenant() + "|" + o.problem() + "|" + (o.problem() == SubjectCodeReported.Problem.WRONG_CODE
                ? o.source() + "|" + o.department() : o.codeText());
    }

    /** This transaction's groups to detect again before it commits (registered on first use). */
    @SuppressWarnings("unchecked")
    private Map<String, Pending> pending() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<String, Pending>) bound;
        }
        Map<String, Pending> groups = new LinkedHashMap<>();
        TransactionSynchronizationManager.bindResource(this, groups);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return 0; // before the audit log appends the transaction's waiting entries
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                groups.values().forEach(p -> detection.refresh(p.seen(), p.actor()));
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ReportedCodes.this);
            }
        });
        return groups;
    }
}
