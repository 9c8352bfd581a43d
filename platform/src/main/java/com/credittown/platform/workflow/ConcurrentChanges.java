package com.credittown.platform.workflow;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Repeats an operation that lost a race with a concurrent change of the same case (a deadline timer firing, a
 * colleague's step): Flowable's or JPA's optimistic-lock failure, or a deadlock the database broke. Only for
 * operations that are safe to repeat because each attempt reads the case afresh in its own transaction and
 * checks again whether it may act (complete, claim, give back): the second attempt then either succeeds or gets a
 * precise answer (the step is closed, someone holds it). At most {@value #ATTEMPTS} attempts, a few random
 * milliseconds apart; then the conflict is answered 409 as before. Inside a caller's transaction nothing is
 * repeated (that transaction is lost already): the failure propagates to its owner.
 */
@Component
public class ConcurrentChanges {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ConcurrentChanges.class);

    /** Runs the work (which opens its own transaction), repeating it after a lost race. */
    public <T> T retrying(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (FlowableOptimisticLockingException | OptimisticLockingFailureException
                     | PessimisticLockingFailureException lost) {
                if (attempt >= ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw lost;
                }
                log.info("{}: changed concurrently (attempt {} of {}), trying again: {}", what, attempt, ATTEMPTS,
                        lost.toString());
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(5_000_000, 50_000_000L * attempt));
            }
        }
    }

    public void retrying(String what, Runnable work) {
        retrying(what, () -> {
            work.run();
            return null;
        });
    }
}
