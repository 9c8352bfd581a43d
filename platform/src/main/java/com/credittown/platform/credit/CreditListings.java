package com.credittown.platform.credit;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's side of the severe-dishonesty list (严重失信主体名单, {@code credit.severelist}): which records a
 * proposal may cite, and the list entry record ({@link RecordKind#SEVERE_LIST}) the city office's inclusion decision
 * writes and its removal ends. The entry is a record of the archive so that grading (a cap: grade D), the decision
 * rules, the archive page, the public pages and search read it like any other record.
 */
@Service
public class CreditListings {

    private final CreditSubjectRegistry registry;
    private final CreditRecords records;
    private final SubjectGrading grading;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlatformClock clock;
    private final ArchiveAccess access;
    private final EmptyArchives emptyArchives;

    CreditListings(CreditSubjectRegistry registry, CreditRecords records, SubjectGrading grading, AuditLog audit,
                   ApplicationEventPublisher events, PlatformClock clock, ArchiveAccess access,
                   EmptyArchives emptyArchives) {
        this.emptyArchives = emptyArchives;
        this.registry = registry;
        this.records = records;
        this.grading = grading;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    /**
     * The records a proposal cites, each checked: a record of this subject, recorded by the caller's tenant (谁认定),
     * a SEVERE dishonesty or penalty record still in publicity (not repaired).
     *
     * @throws NotFoundException     if the subject, or a record, is not one the caller may see
     * @throws com.credittown.platform.web.ForbiddenException if another authority recorded a cited record
     * @throws InvalidInputException (field {@code recordIds}) if none is cited or a cited record is not a severe
     *                               record in publicity of this subject
     */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional(readOnly = true)
    public List<RecordView> citedSevereRecords(long subjectId, List<Long> recordIds) {
        registry.requireVisible(subjectId);
        if (recordIds == null || recordIds.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("recordIds", "no-severe-record",
                    "a proposal cites at least one severe record of the subject that the proposing authority"
                            + " recorded")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<RecordView> cited = new ArrayList<>();
        for (Long id : recordIds.stream().distinct().toList()) {
            CreditRecord record = id == null ? null : records.findById(id).orElse(null);
            if (record == null || !access.maySee(record)) {
                throw new NotFoundException("Unknown credit record", "No credit record with the id " + id
                        + " exists.");
            }
            access.requireOwner(record);
            if (record.subjectId() != subjectId) {
                problems.add(new FieldProblem("recordIds", "other-subject", "credit record " + id
                        + " belongs to another subject"));
            } else if (!isSevere(record)) {
                problems.add(new FieldProblem("recordIds", "not-severe", "credit record " + id + " is "
                        + record.kind() + (record.severity() == null ? "" : " " + record.severity())
                        + ": a proposal cites SEVERE dishonesty or penalty records"));
            } else if (record.state() != RecordState.PUBLISHED) {
                problems.add(new FieldProblem("recordIds", "not-in-publicity", "credit record " + id + " is "
                        + record.state() + ": its publicity has ended (repaired or expired)"));
            } else {
                cited.add(access.view(record));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cited;
    }

    /** The subject's records a proposal by the caller's tenant may cite (its own severe records in publicity). */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional(readOnly = true)
    public List<RecordView> citeable(long subjectId) {
        registry.requireVisible(subjectId);
        String tenant = access.recordingTenant();
        return records.findBySubjectIdOrderByDecisionDateAscIdAsc(subjectId).stream()
                .filter(r -> isSevere(r) && r.state() == RecordState.PUBLISHED)
                .filter(r -> java.util.Objects.equals(tenant, r.ownerTenant()))
                .map(access::view).toList();
    }

    private static boolean isSevere(CreditRecord record) {
        return (record.kind() == RecordKind.DISHONESTY || record.kind() == RecordKind.PENALTY)
                && record.severity() == Severity.SEVERE;
    }

    /**
     * Writes the list entry record for the tenant that proposed it (it owns the entry and its expiry), published from
     * {@code from} until {@code until}, and regrades the subject. Runs in the proposing tenant's context.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional
    public RecordView list(long subjectId, String ownerTenant, String department, String title, String legalBasis,
                           String summary, LocalDate from, LocalDate until, String actor) {
        CreditSubject subject = registry.require(subjectId);
        RecordDetails details = new RecordDetails(RecordKind.SEVERE_LIST, Severity.SEVERE, department, from,
                legalBasis, title, summary);
        CreditRecord record = records.save(new CreditRecord(ownerTenant, subjectId, details,
                new PublicityWindow(from, until), clock.instant(), actor));
        emptyArchives.recorded(subjectId);
        audit.record(actor, CreditAudit.RECORD_PUBLISHED, CreditAudit.RECORD, record.id().toString(),
                "subject " + subjectId + ": SEVERE_LIST '" + title + "' listed from " + from + " until " + until);
        events.publishEvent(new CreditRecordChanged(ownerTenant, subjectId, record.id(), record.kind(),
                record.state()));
        grading.regrade(subject, actor, "record " + record.id() + " (severe-dishonesty list) was published");
        return access.view(record);
    }

    /**
     * Which of these list entry records are under objection with their effect suspended (the city's setting): not
     * public credit information meanwhile, so the public list and other towns' officers do not show them.
     */
    @Allowed(Permission.PUBLIC)
    @Transactional(readOnly = true)
    public java.util.Set<Long> suspended(java.util.Collection<Long> recordIds) {
        List<Long> ids = recordIds.stream().filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return records.findByIdIn(ids).stream().filter(record -> record.objection().suspends())
                .map(CreditRecord::id).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Which of these list entry records are under objection now (异议处理中), whatever the city's setting, each with
     * whether its effect is suspended meanwhile: the officers' and the city office's list pages mark them.
     */
    @Allowed(Permission.ARCHIVE_READ)
    @Transactional(readOnly = true)
    public java.util.Map<Long, Boolean> underObjection(java.util.Collection<Long> recordIds) {
        List<Long> ids = recordIds.stream().filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return records.findByIdIn(ids).stream().filter(record -> record.objection().active())
                .collect(java.util.stream.Collectors.toMap(CreditRecord::id, r -> r.objection().suspends()));
    }

    /**
     * Ends a list entry record that a corrected one replaces (a record is never changed in place; the corrected record
     * was written by {@link #list}): its publicity ends {@code CORRECTED}, or {@code REVOKED_ON_OBJECTION} when an
     * upheld objection to it corrects the entry ({@code objectionId}; the 异议处理中 mark is lifted). Regrades the subject.
     *
     * @throws com.credittown.platform.web.ConflictException if a direct correction meets a record under objection: the
     *                                                       objection's decision corrects it then
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional
    public RecordView replaceCorrected(long recordId, long correctedId, Long objectionId, String reason,
                                       String actor) {
        CreditRecord record = listRecord(recordId);
        String note = "corrected by record " + correctedId + (objectionId == null ? "" : " (异议成立 objection "
                + objectionId + ")") + ": " + reason;
        if (objectionId == null) {
            record.endByListCorrection(clock.instant(), note);
        } else {
            record.endByObjection(clock.instant(), note);
        }
        audit.record(actor, CreditAudit.PUBLICITY_ENDED, CreditAudit.RECORD, record.id().toString(),
                "subject " + record.subjectId() + ": severe-dishonesty list entry " + note);
        events.publishEvent(new CreditRecordChanged(record.ownerTenant(), record.subjectId(), record.id(),
                record.kind(), record.state()));
        grading.regrade(registry.require(record.subjectId()), actor, "record " + record.id() + " is now "
                + record.state() + " (replaced by the corrected record " + correctedId + ")");
        return access.view(record);
    }

    private CreditRecord listRecord(long recordId) {
        return records.findById(recordId).filter(r -> r.kind() == RecordKind.SEVERE_LIST)
                .orElseThrow(() -> new NotFoundException("Unknown list entry record", "No severe-dishonesty list"
                        + " record with the id " + recordId + " exists."));
    }

    /** Ends a list entry record's publicity: the subject was removed from the list; regrades the subject. */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional
    public RecordView unlist(long recordId, String reason, String actor) {
        CreditRecord record = records.findById(recordId).filter(r -> r.kind() == RecordKind.SEVERE_LIST)
                .orElseThrow(() -> new NotFoundException("Unknown list entry record", "No severe-dishonesty list"
                        + " record with the id " + recordId + " exists."));
        record.endByListRemoval(clock.instant(), reason);
        audit.record(actor, CreditAudit.PUBLICITY_ENDED, CreditAudit.RECORD, record.id().toString(),
                "subject " + record.subjectId() + ": removed from the severe-dishonesty list: " + reason);
        events.publishEvent(new CreditRecordChanged(record.ownerTenant(), record.subjectId(), record.id(),
                record.kind(), record.state()));
        grading.regrade(registry.require(record.subjectId()), actor, "record " + record.id() + " is now "
                + record.state());
        return access.view(record);
    }
}
