package com.credittown.platform.credit;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the publicity of credit records (by repair, or at the maximum period) and archives them; every transition is
 * audited and regrades the subject in the same transaction.
 */
@Service
@Allowed(Permission.ARCHIVE_WRITE)
public class CreditPublicity {

    private final CreditRecords records;
    private final CreditSubjectRegistry registry;
    private final SubjectGrading grading;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlatformClock clock;
    private final ArchiveAccess access;

    CreditPublicity(CreditRecords records, CreditSubjectRegistry registry, SubjectGrading grading, AuditLog audit,
                    ApplicationEventPublisher events, PlatformClock clock, ArchiveAccess access) {
        this.access = access;
        this.records = records;
        this.registry = registry;
        this.grading = grading;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ends a record's publicity because its subject repaired its credit (信用修复).
     *
     * @throws NotFoundException  if there is no such record the caller may see
     * @throws ForbiddenException if another authority recorded it
     * @throws ConflictException if the record is not published, or its minimum period has not passed (naming the
     *                           earliest date)
     */
    @Transactional
    public RecordView endPublicityByRepair(long recordId, String actor, String reason) {
        CreditInputChecks.checkNote("reason", reason, true);
        CreditRecord record = requireNotListEntry(require(recordId));
        record.endByRepair(LocalDate.now(clock), clock.instant(), reason.strip());
        changed(record, actor, CreditAudit.PUBLICITY_ENDED, "publicity ended by repair: " + reason.strip());
        return access.view(record);
    }

    /**
     * Ends a record's publicity because its subject, a government body or public institution, rectified the
     * dishonesty and the rectification was verified (政务失信整改, plan section (十二)): the publicity ends when the
     * case closes if the record's minimum publicity period has passed, otherwise on the minimum period's last day
     * (the nightly expiry ends it; issue #15: publicity does not end before its minimum). The record stays in the
     * archive.
     *
     * @throws NotFoundException  if there is no such record the caller may see
     * @throws ForbiddenException if another authority recorded it
     * @throws ConflictException if the record is not published, or its subject is not a government body or public
     *                           institution (market entities end publicity by repair only)
     */
    @Transactional
    public RecordView endPublicityByRectification(long recordId, String actor, String reason) {
        CreditInputChecks.checkNote("reason", reason, true);
        CreditRecord record = requireNotListEntry(require(recordId));
        SubjectKind kind = registry.require(record.subjectId()).kind();
        if (kind != SubjectKind.GOVERNMENT_BODY && kind != SubjectKind.PUBLIC_INSTITUTION) {
            throw new ConflictException("Credit record " + recordId + " belongs to a " + kind + ": only the records"
                    + " of government bodies and public institutions end their publicity by rectification");
        }
        if (record.endByRectification(LocalDate.now(clock), clock.instant(), reason.strip())) {
            changed(record, actor, CreditAudit.PUBLICITY_ENDED, "publicity ended by rectification: " + reason.strip());
        } else {
            audit.record(actor, CreditAudit.PUBLICITY_END_SCHEDULED, CreditAudit.RECORD, record.id().toString(),
                    "rectification verified within the minimum publicity period: publicity ends on "
                            + record.rectifiedEndOn() + ": " + reason.strip());
        }
        return access.view(record);
    }

    /**
     * Ends the publicity of every published record the current authority recorded (the tenant it acts for, or the
     * city when no tenant is current) whose maximum period, or minimum period after rectification, is reached.
     *
     * @return how many records' publicity ended
     */
    @Allowed(Permission.SYSTEM)
    @Transactional
    public int endExpiredPublicity() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        // the records of the authority the caller acts for: a tenant, or the city's own (no tenant current)
        String owner = access.recordingTenant();
        List<CreditRecord> expired = records.findByOwnerTenantAndStateAndMaxPublicityEndLessThanEqualOrderByIdAsc(
                owner, RecordState.PUBLISHED, today);
        for (CreditRecord record : expired) {
            record.endAtMaximum(today, now);
            changed(record, AuditLog.SYSTEM, CreditAudit.PUBLICITY_ENDED,
                    "maximum publicity period reached on " + record.window().latestEnd());
        }
        List<CreditRecord> rectified = records.findByOwnerTenantAndStateAndRectifiedEndOnLessThanEqualOrderByIdAsc(
                owner, RecordState.PUBLISHED, today);
        for (CreditRecord record : rectified) {
            record.endRectifiedAtMinimum(today, now);
            changed(record, AuditLog.SYSTEM, CreditAudit.PUBLICITY_ENDED,
                    "rectified; minimum publicity period reached on " + record.rectifiedEndOn());
        }
        return expired.size() + rectified.size();
    }

    /**
     * Archives a record whose publicity has ended.
     *
     * @throws NotFoundException  if there is no such record the caller may see
     * @throws ForbiddenException if another authority recorded it
     * @throws ConflictException if the record's publicity has not ended or it is archived already
     */
    @Transactional
    public RecordView archive(long recordId, String actor, String reason) {
        CreditInputChecks.checkNote("reason", reason, false);
        CreditRecord record = require(recordId);
        record.archive(clock.instant());
        changed(record, actor, CreditAudit.RECORD_ARCHIVED,
                "archived" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        return access.view(record);
    }

    private void changed(CreditRecord record, String actor, String action, String detail) {
        audit.recordAtCommit(actor, action, CreditAudit.RECORD, record.id().toString(),
                "subject " + record.subjectId() + ": " + detail);
        events.publishEvent(new CreditRecordChanged(record.ownerTenant(), record.subjectId(), record.id(),
                record.kind(), record.state()));
        grading.regrade(registry.require(record.subjectId()), actor,
                "record " + record.id() + " is now " + record.state());
    }

    /** A severe-dishonesty list entry leaves publicity only by the city office's removal from the list. */
    private static CreditRecord requireNotListEntry(CreditRecord record) {
        if (record.kind() == RecordKind.SEVERE_LIST) {
            throw new ConflictException("Credit record " + record.id() + " is a severe-dishonesty list entry: it"
                    + " ends when the city office removes the subject from the list (/api/city/severe-list)");
        }
        return record;
    }

    /** The record, if the caller's tenant recorded it (see {@link ArchiveAccess#requireOwner}). */
    private CreditRecord require(long id) {
        CreditRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("Unknown credit record",
                "No credit record with the id " + id + " exists."));
        access.requireOwner(record);
        return record;
    }
}
