package com.credittown.platform.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The city's credit subjects; not tenant-scoped (see ArchiveAccess). */
interface CreditSubjects extends Repository<CreditSubject, Long> {

    CreditSubject save(CreditSubject subject);

    /** Saves and inserts it now (a subject's id is from a sequence, its insert otherwise waits for the flush). */
    CreditSubject saveAndFlush(CreditSubject subject);

    Optional<CreditSubject> findById(Long id);

    /**
     * The subject with this code. A query string, not a derived query: Hibernate caches the plan of a query string,
     * while Spring Data builds a criteria query for a derived one and Hibernate translates it again on every call (one
     * look-up per case start and per publication, docs/benchmarks/engine.md).
     */
    @Query("select s from CreditSubject s where s.code = :code")
    Optional<CreditSubject> findByCode(@Param("code") String code);

    /** The subjects with these codes (one query for a chunk of an import). */
    List<CreditSubject> findByCodeIn(java.util.Collection<String> codes);

    List<CreditSubject> findByIdIn(java.util.Collection<Long> ids);

    /** Subjects with a code (not natural persons) whose name contains the text or whose code starts with the prefix. */
    @Query("select s from CreditSubject s where s.kind <> com.credittown.platform.credit.SubjectKind.NATURAL_PERSON"
            + " and (s.name like :namePattern or s.code like :codePattern) order by s.code")
    List<CreditSubject> findCandidates(@Param("namePattern") String namePattern,
                                       @Param("codePattern") String codePattern, Pageable page);

    /**
     * A tenant's subjects of the given kinds: those it registered in the city's archive or holds a record of (the
     * population of its graded inspections, plan (十八)), by id.
     */
    @Query("select s from CreditSubject s where s.kind in :kinds and (s.registeredBy = :tenant or exists"
            + " (select r.id from CreditRecord r where r.subjectId = s.id and r.ownerTenant = :tenant)) order by s.id")
    List<CreditSubject> findOfTenant(@Param("tenant") String tenant,
                                     @Param("kinds") java.util.Collection<SubjectKind> kinds);

    /** Every subject with a code (not natural persons), as the code clean-up reads them, by id. */
    @Query("select new com.credittown.platform.credit.CodedSubject(s.id, s.kind, s.code, s.name, s.registeredBy)"
            + " from CreditSubject s where s.code is not null order by s.id")
    List<CodedSubject> findCoded();
}
