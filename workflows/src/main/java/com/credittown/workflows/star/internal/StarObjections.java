package com.credittown.workflows.star.internal;

import com.credittown.workflows.star.StarObjection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's objections (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface StarObjections extends JpaRepository<StarObjection, String> {

    List<StarObjection> findByCaseIdOrderByFiledAtAscIdAsc(String caseId);

    long countByCaseIdAndAnsweredAtIsNull(String caseId);
}
