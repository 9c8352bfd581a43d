package com.credittown.workflows.keytask;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The city office's key tasks (not tenant-scoped). */
interface KeyTasks extends JpaRepository<KeyTask, String> {

    List<KeyTask> findAllByOrderByDeadlineAscCreatedAtAsc();
}
