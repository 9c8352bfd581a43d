package com.credittown.workflows.rectification.internal;

import com.credittown.workflows.rectification.Escalation;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's escalation steps (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface Escalations extends JpaRepository<Escalation, String> {

    List<Escalation> findByRectificationCaseIdOrderByEscalatedAtAsc(String rectificationCaseId);
}
