package com.credittown.platform.workflow;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The decisions taken in the current tenant's cases (append-only). */
interface CaseStepRecords extends Repository<CaseStepRecord, Long> {

    CaseStepRecord save(CaseStepRecord record);

    /** The decisions of several cases in one statement, in the order they were taken. */
    List<CaseStepRecord> findByCaseIdInOrderByIdAsc(Collection<String> caseIds);
}
