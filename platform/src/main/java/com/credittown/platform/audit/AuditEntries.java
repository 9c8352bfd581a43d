package com.credittown.platform.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Read and append access to the current tenant's audit trail (no update, no delete). */
public interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

    List<AuditEntry> findTop50ByOrderByIdDesc();
}
