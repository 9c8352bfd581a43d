package com.credittown.platform.credit.publication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's 双公示 entries. */
interface DoublePublicityEntries extends Repository<DoublePublicityEntry, Long> {

    DoublePublicityEntry save(DoublePublicityEntry entry);

    List<DoublePublicityEntry> findByDecisionNumberIn(Collection<String> decisionNumbers);

    Optional<DoublePublicityEntry> findByKindAndDecisionNumberAndSubjectCode(PublicationKind kind,
                                                                             String decisionNumber,
                                                                             String subjectCode);

    long countByImportId(long importId);

    long countByDecisionDateGreaterThanEqualAndDecisionDateLessThan(LocalDate from, LocalDate until);

    long countByOnTimeTrueAndDecisionDateGreaterThanEqualAndDecisionDateLessThan(LocalDate from, LocalDate until);

    @Query("""
            select coalesce(sum(e.workingDays), 0) from DoublePublicityEntry e
            where e.decisionDate >= :from and e.decisionDate < :until""")
    long sumWorkingDaysOfDecisionsBetween(@Param("from") LocalDate from, @Param("until") LocalDate until);
}
