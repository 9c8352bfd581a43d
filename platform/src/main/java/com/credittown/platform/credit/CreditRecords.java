package com.credittown.platform.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's credit records (no delete: records are never deleted). */
interface CreditRecords extends Repository<CreditRecord, Long> {

    CreditRecord save(CreditRecord record);

    Optional<CreditRecord> findById(Long id);

    List<CreditRecord> findBySubjectIdOrderByDecisionDateAscIdAsc(long subjectId);

    List<CreditRecord> findByStateAndMaxPublicityEndLessThanEqualOrderByIdAsc(RecordState state, LocalDate day);
}
