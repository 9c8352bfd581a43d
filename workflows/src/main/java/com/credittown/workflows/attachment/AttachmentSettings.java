package com.credittown.workflows.attachment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code credittown.attachments.*}: what a case's attachments may be.
 *
 * @param maxSize      the largest file accepted (default 10 MB)
 * @param allowedTypes the kinds accepted, recognised by their content (magic bytes), not their name
 */
@ConfigurationProperties("credittown.attachments")
public record AttachmentSettings(@DefaultValue("10MB") DataSize maxSize,
                                 @DefaultValue({"PDF", "JPEG", "PNG", "DOCX", "XLSX"}) List<AttachmentType> allowedTypes) {

    public AttachmentSettings {
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("credittown.attachments.max-size must be positive");
        }
        allowedTypes = List.copyOf(allowedTypes);
    }

    /** The extensions users may pick, for the upload's file chooser (e.g. {@code .pdf}). */
    public List<String> extensions() {
        return allowedTypes.stream().flatMap(type -> type.extensions().stream()).map(ext -> "." + ext).toList();
    }
}
