package com.credittown.workflows.attachment;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.web.UnacceptableText;
import com.credittown.platform.upload.ZipContents;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to the current tenant's cases. A file is stored only when the case is one the caller may see,
 * it is not larger than the limit and its content is one of the allowed kinds; otherwise nothing is stored and
 * the problem is named ({@code too-large}, {@code type-not-allowed}, {@code empty}, {@code invalid-name}, and for
 * Office files, which are zips, {@code unpacks-too-large} and {@code too-many-parts}).
 */
@Service
@Allowed(Permission.CASE_WORK)
public class AttachmentService {

    private final CaseAttachments attachments;
    private final VisibleCases cases;
    private final AttachmentSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentService(CaseAttachments attachments, VisibleCases cases, AttachmentSettings settings, AuditLog audit,
                      Clock clock) {
        this.attachments = attachments;
        this.cases = cases;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public AttachmentSettings settings() {
        return settings;
    }

    /** Stores a file on a case; see the class comment for what is refused. */
    @Allowed(Permission.ATTACHMENT_ADD)
    @Transactional
    public Attachment attach(String caseId, String fileName, byte[] content, String actor) {
        String id = cases.visibleCaseId(caseId);
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw refused("empty", "The file is empty.");
        }
        if (content.length > settings.maxSize().toBytes()) {
            throw refused("too-large", "The file is larger than " + settings.maxSize().toMegabytes() + " MB.");
        }
        AttachmentType type = AttachmentType.detect(name, content)
                .filter(settings.allowedTypes()::contains)
                .orElseThrow(() -> refused("type-not-allowed", "Only " + settings.allowedTypes().stream()
                        .map(Enum::name).collect(Collectors.joining(", ")) + " files are accepted, recognised by "
                        + "their content."));
        if (type.zipped()) {
            checkUnpacking(ZipContents.read(content, AttachmentType.ZIP_LIMITS));
        }
        CaseAttachment saved = attachments.save(new CaseAttachment(id, name, type, content, actor, clock.instant()));
        audit.record(actor, "ATTACHMENT_ADDED", "case", id, name + " (" + content.length + " bytes)");
        return saved.describe();
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(String caseId) {
        String id = cases.visibleCaseId(caseId);
        return attachments.findByCaseIdOrderByUploadedAtAsc(id).stream().map(CaseAttachment::describe).toList();
    }

    /** The file with its content; another case's or tenant's attachment is not found. */
    @Transactional(readOnly = true)
    public StoredFile download(String caseId, String attachmentId) {
        String id = cases.visibleCaseId(caseId);
        CaseAttachment found = attachments.findByIdAndCaseId(attachmentId == null ? "" : attachmentId, id)
                .orElseThrow(() -> new NotFoundException("Attachment not found",
                        "No attachment '" + attachmentId + "' exists on this case."));
        return new StoredFile(found.describe(), found.content());
    }

    /** An Office file is a zip: one that unpacks to gigabytes (a zip bomb) or has countless parts is refused. */
    private static void checkUnpacking(ZipContents zip) {
        switch (zip.outcome()) {
            case READ -> { }
            case UNPACKS_TOO_LARGE, PART_TOO_COMPRESSED -> throw refused("unpacks-too-large", "The file unpacks to"
                    + " more than " + AttachmentType.ZIP_LIMITS.maxUnpackedBytes() / (1024 * 1024) + " MB (a zip"
                    + " bomb?); a genuine document is refused only far beyond its own size.");
            case TOO_MANY_PARTS -> throw refused("too-many-parts", "The file has more than "
                    + AttachmentType.ZIP_LIMITS.maxParts() + " parts.");
            case BROKEN -> throw refused("type-not-allowed", "The file is not a readable Office document (a damaged"
                    + " zip).");
        }
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw refused("invalid-name", "The file needs a name of 1 to 255 characters.");
        }
        UnacceptableText.problem(name).ifPresent(problem -> {
            throw refused("invalid-name", "The file name " + problem + ".");
        });
        return name;
    }

    private static InvalidInputException refused(String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem("file", code, message)));
    }

    /** An attachment with its content. */
    public record StoredFile(Attachment attachment, byte[] content) {
    }
}
