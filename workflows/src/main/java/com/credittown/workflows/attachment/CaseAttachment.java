package com.credittown.workflows.attachment;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a case: who uploaded it, when, what it is; the content itself is read only on download. */
@Entity
@Table(name = "case_attachment")
class CaseAttachment extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10)
    private AttachmentType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CaseAttachment() {
    }

    CaseAttachment(String caseId, String fileName, AttachmentType type, byte[] content, String uploadedBy,
                   Instant uploadedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.fileName = fileName;
        this.type = type;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    String id() { return id; }
    String caseId() { return caseId; }
    String fileName() { return fileName; }
    AttachmentType type() { return type; }
    long sizeBytes() { return sizeBytes; }
    byte[] content() { return content; }
    String uploadedBy() { return uploadedBy; }
    Instant uploadedAt() { return uploadedAt; }

    Attachment describe() {
        return new Attachment(id, caseId, fileName, type.mediaType(), sizeBytes, uploadedBy, uploadedAt);
    }
}
