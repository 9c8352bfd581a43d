package com.credittown.platform.credit.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's 双公示 entries. */
interface DoublePublicityEntries extends Repository<DoublePublicityEntry, Long> {

    DoublePublicityEntry save(DoublePublicityEntry entry);

    List<DoublePublicityEntry> findByDecisionNumberIn(Collection<String> decisionNumbers);

    Optional<DoublePublicityEntry> findByKindAndDecisionNumberAndSubjectCode(PublicationKind kind,
                                                                             String decisionNumber,
                                                                             String subjectCode);

    long countByImportId(long importId);
}
