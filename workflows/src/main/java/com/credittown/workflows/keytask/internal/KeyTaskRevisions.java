package com.credittown.workflows.keytask.internal;

import com.credittown.workflows.keytask.KeyTaskRevision;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's revisions of its key-task copies (the tenant filter is applied by Hibernate). */
public interface KeyTaskRevisions extends JpaRepository<KeyTaskRevision, Long> {

    List<KeyTaskRevision> findByAssignmentIdOrderByRevisionAsc(String assignmentId);
}
