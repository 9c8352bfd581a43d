package com.credittown.workflows.attachment;

import java.time.Instant;

/** What a case's attachment list shows: the file, its kind and size, who uploaded it and when. */
public record Attachment(String id, String caseId, String fileName, String mediaType, long sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
}
