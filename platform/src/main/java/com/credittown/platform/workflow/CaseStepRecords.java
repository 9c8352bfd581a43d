package com.credittown.platform.workflow;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The decisions taken in the current tenant's cases (append-only). */
interface CaseStepRecords extends Repository<CaseStepRecord, Long> {

    CaseStepRecord save(CaseStepRecord record);

    List<CaseStepRecord> findByCaseIdOrderByIdAsc(String caseId);
}
