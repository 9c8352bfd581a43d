package com.credittown.workflows.keytask;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's revisions of its key-task copies (the tenant filter is applied by Hibernate). */
interface KeyTaskRevisions extends JpaRepository<KeyTaskRevision, Long> {

    List<KeyTaskRevision> findByAssignmentIdOrderByRevisionAsc(String assignmentId);
}
