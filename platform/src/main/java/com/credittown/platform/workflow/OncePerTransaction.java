package com.credittown.platform.workflow;

import java.util.HashSet;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers keys for the rest of the current transaction, so work that several engine events of one command would
 * repeat (an outbox row per case, a notification per task and recipient) is done once. Kept as a transaction
 * synchronization: a nested {@code REQUIRES_NEW} transaction suspends it and starts with its own, and it is gone when
 * the transaction ends, committed or rolled back.
 */
public final class OncePerTransaction {

    private OncePerTransaction() {
    }

    /**
     * Whether this is the first time the owner sees the key in the current transaction (and remembers it). Outside a
     * transaction with synchronization every call is a first.
     */
    public static boolean first(Object owner, Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Seen seen && seen.owner == owner) {
                return seen.keys.add(key);
            }
        }
        Seen seen = new Seen(owner);
        seen.keys.add(key);
        TransactionSynchronizationManager.registerSynchronization(seen);
        return true;
    }

    private static final class Seen implements TransactionSynchronization {
        private final Object owner;
        private final Set<Object> keys = new HashSet<>();

        Seen(Object owner) {
            this.owner = owner;
        }
    }
}
