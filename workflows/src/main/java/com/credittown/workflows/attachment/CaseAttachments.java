package com.credittown.workflows.attachment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's case attachments (the tenant filter applies to every query). */
interface CaseAttachments extends Repository<CaseAttachment, String> {

    CaseAttachment save(CaseAttachment attachment);

    List<CaseAttachment> findByCaseIdOrderByUploadedAtAsc(String caseId);

    Optional<CaseAttachment> findByIdAndCaseId(String id, String caseId);

    boolean existsByIdAndCaseId(String id, String caseId);
}
