package com.credittown.workflows.district;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's applications to join a district (the tenant filter is applied by Hibernate). */
public interface MembershipApplications extends JpaRepository<MembershipApplication, String> {

    Optional<MembershipApplication> findByCaseId(String caseId);
}
