package com.credittown.platform.credit;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map that lives as long as the current transaction, bound under a key (the component that keeps it): what a
 * transaction wrote outside the persistence context ({@link CreditRecordRows}) or registered for an import
 * ({@link EmptyArchives}). Unbound when the transaction ends, committed or not.
 */
final class TransactionMaps {

    private TransactionMaps() {
    }

    /** The map bound to the current transaction under this key, or null if none has been. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> bound(Object key) {
        return (Map<K, V>) TransactionSynchronizationManager.getResource(key);
    }

    /** The map bound to the current transaction under this key, bound now if none has been. */
    static <K, V> Map<K, V> bind(Object key) {
        Map<K, V> bound = bound(key);
        if (bound == null) {
            bound = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return bound;
    }
}
