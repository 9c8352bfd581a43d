package com.credittown.platform.credit.publication;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's import errors. */
interface ImportErrors extends Repository<ImportError, Long> {

    ImportError save(ImportError error);

    /**
     * A page of a job's errors in row order (a row's several problems in the order they were reported), after the
     * given row and id: the order of the file also when chunks of the import were committed at the same time.
     */
    @Query("select e from ImportError e where e.importId = :importId"
            + " and (e.row > :afterRow or (e.row = :afterRow and e.id > :afterId)) order by e.row, e.id")
    List<ImportError> pageAfter(@Param("importId") long importId, @Param("afterRow") long afterRow,
                                @Param("afterId") long afterId, Limit limit);

    long countByImportId(long importId);

    /**
     * Clears the tenant's mark that its imports from before the code clean-up report wait to be brought into it
     * (changeSet code-cleanup-005); 0 when there was none: done already, or another instance holds it.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "delete from code_cleanup_earlier_import where tenant_id = :tenant", nativeQuery = true)
    int clearEarlierImportsPending(@Param("tenant") String tenant);

    /** The errors of a column, with their row's values kept, not yet in the code clean-up report. */
    List<ImportError> findByColumnAndCodeReportedFalseAndValuesIsNotNullOrderByIdAsc(String column);

    /** Marks an error reported to the code clean-up; 0 when it already was (another run got there first). */
    @Modifying(flushAutomatically = true)
    @Query("update ImportError e set e.codeReported = true where e.id = :id and e.codeReported = false")
    int markCodeReported(@Param("id") long id);
}
