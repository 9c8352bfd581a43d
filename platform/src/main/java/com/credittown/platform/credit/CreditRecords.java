package com.credittown.platform.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The city's credit records (no delete: records are never deleted); not tenant-scoped (see ArchiveAccess). */
interface CreditRecords extends Repository<CreditRecord, Long> {

    CreditRecord save(CreditRecord record);

    Optional<CreditRecord> findById(Long id);

    List<CreditRecord> findBySubjectIdOrderByDecisionDateAscIdAsc(long subjectId);

    List<CreditRecord> findByOwnerTenantAndStateAndMaxPublicityEndLessThanEqualOrderByIdAsc(String ownerTenant,
                                                                                         RecordState state,
                                                                                         LocalDate day);

    List<CreditRecord> findByOwnerTenantAndStateAndRectifiedEndOnLessThanEqualOrderByIdAsc(String ownerTenant,
                                                                                        RecordState state,
                                                                                        LocalDate day);
}
