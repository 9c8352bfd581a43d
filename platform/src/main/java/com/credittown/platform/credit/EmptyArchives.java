package com.credittown.platform.credit;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The subjects an import registered in the current transaction ({@link CreditSubjectRegistry#registerLookedUp}) that
 * no record has been published for since: their archives are empty, so {@link CreditArchive#addRecords} takes them as
 * registered and looks up neither them nor their records. Those two look-ups took a whole-table scan per chunk on
 * PostgreSQL (an in-list of a chunk's subjects), so a chunk of new subjects cost more the larger the archive was
 * (docs/benchmarks/double-publicity-import.md). Publishing a record for one of them ({@link CreditArchive},
 * {@link CreditListings}) ends its place here; a correction ({@link CreditRecordObjections}) needs an earlier record of
 * the subject, whose publication ended it already.
 */
@Component
class EmptyArchives {

    /** A subject registered now, not flushed yet (its id comes from a sequence). */
    void registered(CreditSubject subject) {
        TransactionMaps.<Long, CreditSubject>bind(this).put(subject.id(), subject);
    }

    /** The subject, if this transaction registered it and has published no record for it. */
    Optional<CreditSubject> of(long subjectId) {
        Map<Long, CreditSubject> registered = TransactionMaps.bound(this);
        return registered == null ? Optional.empty() : Optional.ofNullable(registered.get(subjectId));
    }

    /** A record was published for the subject in this transaction: its archive is no longer empty. */
    void recorded(long subjectId) {
        Map<Long, CreditSubject> registered = TransactionMaps.bound(this);
        if (registered != null) {
            registered.remove(subjectId);
        }
    }
}
