package com.credittown.workflows.repair;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's credit repair applications (the tenant filter is applied by Hibernate). */
public interface RepairApplications extends JpaRepository<RepairApplication, String> {

    Optional<RepairApplication> findByCaseId(String caseId);

    List<RepairApplication> findBySubjectCodeOrderByAppliedAtDesc(String subjectCode);

    List<RepairApplication> findTop100ByStatusOrderByClosedAtDesc(RepairStatus status);
}
