package com.credittown.platform.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's credit records (no delete: records are never deleted). */
interface CreditRecords extends Repository<CreditRecord, Long> {

    CreditRecord save(CreditRecord record);

    Optional<CreditRecord> findById(Long id);

    List<CreditRecord> findBySubjectIdOrderByDecisionDateAscIdAsc(long subjectId);

    List<CreditRecord> findByStateAndMaxPublicityEndLessThanEqualOrderByIdAsc(RecordState state, LocalDate day);

    /** Subjects with a record of this kind and severity decided before {@code day}, in publicity at {@code at}. */
    @Query("""
            select count(distinct r.subjectId) from CreditRecord r
            where r.kind = :kind and r.severity = :severity and r.decisionDate < :day
              and (r.publicityEndedAt is null or r.publicityEndedAt >= :at)""")
    long countSubjectsInPublicity(@Param("kind") RecordKind kind, @Param("severity") Severity severity,
                                  @Param("day") LocalDate day, @Param("at") Instant at);
}
