package com.credittown.workflows.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's task copies (抄送); the tenant filter is applied by Hibernate. */
interface TaskCopies extends JpaRepository<TaskCopy, Long> {

    List<TaskCopy> findTop200ByRecipientOrderByCopiedAtDescIdDesc(String recipient);

    List<TaskCopy> findByCaseIdOrderByIdAsc(String caseId);
}
