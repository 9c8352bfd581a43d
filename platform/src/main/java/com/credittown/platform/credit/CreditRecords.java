package com.credittown.platform.credit;

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

    List<CreditRecord> findByIdIn(java.util.Collection<Long> ids);

    /** A subject's archive, by decision date and id; a query string for its cached plan (see CreditSubjects#findByCode). */
    @Query("select r from CreditRecord r where r.subjectId = :subjectId order by r.decisionDate asc, r.id asc")
    List<CreditRecord> findBySubjectIdOrderByDecisionDateAscIdAsc(@Param("subjectId") long subjectId);

    /** Every record of these subjects (the bulk path of {@code CreditArchive.addRecords}). */
    List<CreditRecord> findBySubjectIdIn(java.util.Collection<Long> subjectIds);

    List<CreditRecord> findByOwnerTenantAndStateAndMaxPublicityEndLessThanEqualOrderByIdAsc(String ownerTenant,
                                                                                         RecordState state,
                                                                                         LocalDate day);

    List<CreditRecord> findByOwnerTenantAndStateAndRectifiedEndOnLessThanEqualOrderByIdAsc(String ownerTenant,
                                                                                        RecordState state,
                                                                                        LocalDate day);

    /**
     * What makes a subject severely dishonest now (the governance ledger's population, plan (四)): SEVERE
     * dishonesty or penalty records and severe-dishonesty list entries, in publicity; one rule for both questions
     * below.
     */
    String SEVERE_NOW = "r.state = com.credittown.platform.credit.RecordState.PUBLISHED"
            + " and (r.kind = com.credittown.platform.credit.RecordKind.SEVERE_LIST"
            + " or (r.severity = com.credittown.platform.credit.Severity.SEVERE"
            + " and r.kind in (com.credittown.platform.credit.RecordKind.DISHONESTY,"
            + " com.credittown.platform.credit.RecordKind.PENALTY)))";

    /** The records a tenant owns that make a subject severely dishonest now ({@link #SEVERE_NOW}). */
    @Query("select r from CreditRecord r where r.ownerTenant = :tenant and " + SEVERE_NOW
            + " order by r.subjectId, r.decisionDate, r.id")
    List<CreditRecord> findSevereOwnedBy(@Param("tenant") String tenant);

    /** As {@link #findSevereOwnedBy} for one subject only (the governance ledger's follow-up of one archive change). */
    @Query("select r from CreditRecord r where r.ownerTenant = :tenant and r.subjectId = :subject and " + SEVERE_NOW
            + " order by r.decisionDate, r.id")
    List<CreditRecord> findSevereOwnedByOfSubject(@Param("tenant") String tenant, @Param("subject") long subjectId);
}
