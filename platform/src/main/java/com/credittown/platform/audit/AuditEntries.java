package com.credittown.platform.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Read access to the current tenant's audit trail. Entries are appended by {@link AuditLog} only. */
public interface AuditEntries extends Repository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);
}
