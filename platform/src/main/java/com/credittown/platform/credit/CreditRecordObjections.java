package com.credittown.platform.credit;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's side of objections (异议申诉, {@code credit.objection}): which record an objection may concern, the
 * mark 异议处理中 while its owner examines it (with its effect on grading, the decision rules and publication suspended
 * where the city's setting says so), and the owner's own change paths when an objection is upheld: revoke the record,
 * or replace it by a corrected one. Who changes a record stays its owner's (谁认定): {@link ArchiveAccess#requireOwner}.
 */
@Service
public class CreditRecordObjections {

    static final String UNDER_OBJECTION = "CREDIT_RECORD_UNDER_OBJECTION";
    static final String OBJECTION_CLOSED = "CREDIT_RECORD_OBJECTION_CLOSED";

    private final CreditRecords records;
    private final CreditSubjectRegistry registry;
    private final SubjectGrading grading;
    private final CreditSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlatformClock clock;
    private final ArchiveAccess access;
    private final CreditRecordRows written;

    CreditRecordObjections(CreditRecords records, CreditSubjectRegistry registry, SubjectGrading grading,
                           CreditSettings settings, AuditLog audit, ApplicationEventPublisher events,
                           PlatformClock clock, ArchiveAccess access, CreditRecordRows written) {
        this.written = written;
        this.records = records;
        this.registry = registry;
        this.grading = grading;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    /**
     * The record an objection is raised against, as the caller sees it: a record of a subject the caller may see (a
     * merchant: its own), in publicity, not already under objection. A severe-dishonesty list entry may be objected to
     * once published: the statement and defence before inclusion does not replace the objection after it.
     *
     * @throws NotFoundException if the caller may not see the record
     * @throws ConflictException if the record cannot be objected to now
     */
    @Allowed(Permission.ARCHIVE_READ)
    @Transactional(readOnly = true)
    public RecordView objectable(long recordId) {
        CreditRecord record = visible(recordId);
        if (record.state() != RecordState.PUBLISHED) {
            throw new ConflictException("Credit record " + recordId + " is " + record.state()
                    + ": objections concern records in publicity");
        }
        if (record.objection().active()) {
            throw new ConflictException("Credit record " + recordId + " is already under objection (异议处理中)");
        }
        return access.view(record);
    }

    /**
     * Marks the record 异议处理中 and, where {@code suspend}, suspends its effect (grading, decision rules,
     * publication) until the objection is decided; regrades the subject. Audited in the caller's trail (the owner's:
     * the objection service runs this in the owning tenant's context).
     */
    @Allowed(Permission.ARCHIVE_READ)
    @Transactional
    public RecordView markUnderObjection(long recordId, boolean suspend, long objectionId, String actor) {
        CreditRecord record = records.findById(recordId).orElseThrow(() -> unknown(recordId));
        record.markUnderObjection(suspend);
        changed(record, actor, UNDER_OBJECTION, "objection " + objectionId + " raised: 异议处理中"
                + (suspend ? "; its effect on grading, decisions and publication is suspended while examined"
                : "; its effect continues while examined (the city's setting)"));
        return access.view(record);
    }

    /** The owner rejected the objection: the record is no longer under objection and takes effect again. */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional
    public RecordView closeObjection(long recordId, long objectionId, String actor) {
        CreditRecord record = owned(recordId);
        record.objection().clear();
        changed(record, actor, OBJECTION_CLOSED, "objection " + objectionId + " rejected: the record stands");
        return access.view(record);
    }

    /**
     * The owner upheld the objection and revokes the record: its publicity ends now (REVOKED_ON_OBJECTION); a record
     * whose publicity ended at its maximum while examined keeps that date and is marked revoked.
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional
    public RecordView revoke(long recordId, long objectionId, String reason, String actor) {
        CreditRecord record = owned(recordId);
        record.endByObjection(clock.instant(), "异议成立 objection " + objectionId + ": " + reason);
        changed(record, actor, CreditAudit.PUBLICITY_ENDED, "revoked on objection " + objectionId + ": " + reason);
        return access.view(record);
    }

    /** What an upheld objection corrects in a record; what is not given stays as recorded. */
    public record Correction(Severity severity, String title, String summary, String legalBasis) {
    }

    /**
     * The owner upheld the objection and corrects the record: the record is revoked and a corrected record of the
     * same kind, department and decision date is published in its place by the same owner (a record is never changed
     * in place); the publicity window follows the corrected severity. Regrades the subject.
     *
     * @return the corrected record
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional
    public RecordView correct(long recordId, long objectionId, Correction correction, String reason, String actor) {
        CreditRecord original = owned(recordId);
        original.endByObjection(clock.instant(), "异议成立 objection " + objectionId + ", corrected: " + reason);
        changed(original, actor, CreditAudit.PUBLICITY_ENDED, "replaced by a corrected record on objection "
                + objectionId + ": " + reason);
        RecordDetails details = new RecordDetails(original.kind(),
                correction.severity() == null ? original.severity() : correction.severity(), original.department(),
                original.decisionDate(), pick(correction.legalBasis(), original.legalBasis()),
                pick(correction.title(), original.title()), pick(correction.summary(), original.summary()));
        CreditInputChecks.checkRecord(details, LocalDate.now(clock));
        details = settings.publicity().withDefaultSeverity(details);
        PublicityWindow window = details.severity() == null ? null
                : settings.publicity().windowFor(details.severity(), details.decisionDate());
        CreditRecord corrected = records.save(new CreditRecord(original.ownerTenant(), original.subjectId(), details,
                window, clock.instant(), actor));
        changed(corrected, actor, CreditAudit.RECORD_PUBLISHED, corrected.kind() + (corrected.severity() == null
                ? "" : " " + corrected.severity()) + " '" + corrected.title() + "' corrects record " + recordId
                + " (objection " + objectionId + ")");
        LocalDate today = LocalDate.now(clock);
        if (window != null && window.expiredOn(today)) {
            // the corrected record's window, counted from the same decision date, is already over (the original
            // expired while examined, or the corrected severity's window is shorter): it ends at once, as the nightly
            // job would end it, so it never shows as in publicity past the law's date
            corrected.endAtMaximum(today, clock.instant());
            changed(corrected, actor, CreditAudit.PUBLICITY_ENDED, "maximum publicity period reached on "
                    + window.latestEnd() + " (corrected record of an objection)");
        }
        return access.view(corrected);
    }

    /** A record, for features that follow the archive's events (the repair notice of a penalty); no access check. */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional(readOnly = true)
    public RecordView recorded(long recordId) {
        // a record an import wrote in this transaction (outside the persistence context) is read without a query
        return access.view(written.written(recordId).or(() -> records.findById(recordId))
                .orElseThrow(() -> unknown(recordId)));
    }

    private static String pick(String given, String recorded) {
        return given == null || given.isBlank() ? recorded : given.strip();
    }

    private CreditRecord visible(long recordId) {
        CreditRecord record = records.findById(recordId).orElseThrow(() -> unknown(recordId));
        try {
            registry.requireVisible(record.subjectId());
        } catch (NotFoundException hidden) {
            throw unknown(recordId);
        }
        if (!access.maySee(record)) {
            throw unknown(recordId);
        }
        return record;
    }

    private CreditRecord owned(long recordId) {
        CreditRecord record = records.findById(recordId).orElseThrow(() -> unknown(recordId));
        access.requireOwner(record);
        return record;
    }

    private void changed(CreditRecord record, String actor, String action, String detail) {
        audit.recordAtCommit(actor, action, CreditAudit.RECORD, record.id().toString(),
                "subject " + record.subjectId() + ": " + detail);
        events.publishEvent(new CreditRecordChanged(record.ownerTenant(), record.subjectId(), record.id(),
                record.kind(), record.state()));
        grading.regrade(registry.require(record.subjectId()), actor, "record " + record.id() + ": " + detail);
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("Unknown credit record", "No credit record with the id " + id + " exists.");
    }
}
