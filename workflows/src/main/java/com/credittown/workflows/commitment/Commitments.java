package com.credittown.workflows.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's commitments (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface Commitments extends JpaRepository<Commitment, String> {

    Optional<Commitment> findByCaseId(String caseId);

    List<Commitment> findBySubjectCodeOrderByNotifiedAtDesc(String subjectCode);

    List<Commitment> findTop100ByStatusOrderByPublishedAtDesc(CommitmentStatus status);

    /** The newest published commitments in any of these statuses (the public list: published or under rectification). */
    List<Commitment> findTop100ByStatusInOrderByPublishedAtDesc(Collection<CommitmentStatus> statuses);

    boolean existsBySubjectCodeAndBreachKind(String subjectCode, String breachKind);
}
