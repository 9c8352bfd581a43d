package com.credittown.platform.credit.cleanup;

import com.credittown.platform.credit.SubjectCodeReported;
import java.util.List;
import org.springframework.data.repository.Repository;

/** What was reported about codes; city-level (the owner is a column, see CodeCleanup). */
interface CodeObservations extends Repository<CodeObservation, Long> {

    CodeObservation save(CodeObservation observation);

    List<CodeObservation> findByOwnerTenantAndProblemOrderByIdAsc(String ownerTenant,
                                                                 SubjectCodeReported.Problem problem);

    List<CodeObservation> findByProblemOrderByIdAsc(SubjectCodeReported.Problem problem);
}
