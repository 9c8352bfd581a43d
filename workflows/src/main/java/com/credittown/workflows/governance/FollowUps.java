package com.credittown.workflows.governance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Rectification follow-ups of the current tenant's ledger (every tenant's in the city's read path). */
interface FollowUps extends Repository<FollowUp, Long> {

    FollowUp save(FollowUp followUp);

    List<FollowUp> findByEntryIdInOrderByFollowedOnAscIdAsc(Collection<Long> entryIds);
}
