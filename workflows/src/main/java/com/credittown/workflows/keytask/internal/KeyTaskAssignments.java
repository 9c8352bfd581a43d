package com.credittown.workflows.keytask.internal;

import com.credittown.workflows.keytask.KeyTaskAssignment;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's copies of key tasks (the tenant filter is applied by Hibernate). */
public interface KeyTaskAssignments extends JpaRepository<KeyTaskAssignment, String> {

    Optional<KeyTaskAssignment> findByKeyTaskId(String keyTaskId);

    /** Every copy of the key task in reach: the tenant's own, or every tenant's for the city's reads. */
    List<KeyTaskAssignment> findAllByKeyTaskId(String keyTaskId);
}
