package com.credittown.workflows.rectification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's rectification cases (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface RectificationCases extends JpaRepository<RectificationCase, String> {

    Optional<RectificationCase> findByCaseId(String caseId);

    long countByStatus(RectificationStatus status);

    long countByStatusAndOverdueTrue(RectificationStatus status);
}
