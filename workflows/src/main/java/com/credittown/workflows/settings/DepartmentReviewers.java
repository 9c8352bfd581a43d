package com.credittown.workflows.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's department reviewers, including those still to be told to Keycloak. */
interface DepartmentReviewers extends Repository<DepartmentReviewer, Long> {
    DepartmentReviewer save(DepartmentReviewer reviewer);
    List<DepartmentReviewer> findByRemovedFalseOrderByDepartmentCodeAscUsernameAsc();
    Optional<DepartmentReviewer> findByUsername(String username);
    List<DepartmentReviewer> findBySyncState(DepartmentReviewer.SyncState state);
    long countByDepartmentCodeAndRemovedFalse(String departmentCode);
}
