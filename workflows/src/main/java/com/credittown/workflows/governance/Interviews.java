package com.credittown.workflows.governance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Interviews of the current tenant's ledger (every tenant's in the city's read path). */
interface Interviews extends Repository<Interview, Long> {

    Interview save(Interview interview);

    List<Interview> findByEntryIdInOrderByHeldOnAscIdAsc(Collection<Long> entryIds);
}
