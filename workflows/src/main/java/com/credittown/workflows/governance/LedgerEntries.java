package com.credittown.workflows.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Governance ledger entries of the current tenant (every tenant's in the city's read path); never deleted. */
interface LedgerEntries extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    Optional<LedgerEntry> findById(Long id);

    List<LedgerEntry> findAllByOrderByStatusAscEnteredOnDescIdDesc();

    List<LedgerEntry> findByStatus(EntryStatus status);

    /** One subject's entries in this status (at most one IN_LEDGER per subject): the incremental follow-up. */
    List<LedgerEntry> findBySubjectIdAndStatus(long subjectId, EntryStatus status);
}
