package com.credittown.workflows.star;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's nominations (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface StarNominations extends JpaRepository<StarNomination, String> {

    Optional<StarNomination> findByCaseId(String caseId);

    List<StarNomination> findByRoundIdOrderByNominatedAtAsc(String roundId);

    List<StarNomination> findByStatusOrderByPublicityClosesAtAsc(NominationStatus status);

    long countByRoundIdAndStatus(String roundId, NominationStatus status);
}
