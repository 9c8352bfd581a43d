package com.credittown.platform.credit;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.grade.GradeAssessment;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A subject's credit archive (信用档案): adding records and reading the archive with its grade. */
@Service
public class CreditArchive {

    private final CreditSubjectRegistry registry;
    private final CreditRecords records;
    private final SubjectGrading grading;
    private final CreditSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlatformClock clock;
    private final SubjectViews views;

    CreditArchive(CreditSubjectRegistry registry, CreditRecords records, SubjectGrading grading,
                  CreditSettings settings, AuditLog audit, ApplicationEventPublisher events, PlatformClock clock,
                  SubjectViews views) {
        this.registry = registry;
        this.records = records;
        this.grading = grading;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.views = views;
    }

    /**
     * Publishes a record in the subject's archive, computes its publicity window from its severity and regrades the
     * subject.
     *
     * @throws NotFoundException     if the current tenant has no such subject
     * @throws InvalidInputException naming each invalid field
     */
    @Transactional
    public RecordView addRecord(long subjectId, RecordDetails details, String actor) {
        CreditSubject subject = registry.require(subjectId);
        LocalDate today = LocalDate.now(clock);
        CreditInputChecks.checkRecord(details, today);
        PublicityWindow window = details.severity() == null
                ? null
                : settings.publicity().windowFor(details.severity(), details.decisionDate());
        CreditRecord record = records.save(new CreditRecord(subjectId, trimmed(details), window, clock.instant(),
                actor));
        audit.record(actor, CreditAudit.RECORD_PUBLISHED, CreditAudit.RECORD, record.id().toString(),
                "subject " + subjectId + ": " + record.kind() + (record.severity() == null ? "" : " " + record.severity())
                        + " '" + record.title() + "' decided " + details.decisionDate() + " by "
                        + details.department() + (window == null ? "" : ", publicity " + window.earliestEnd()
                        + " at the earliest, " + window.latestEnd() + " at the latest"));
        events.publishEvent(new CreditRecordChanged(TenantContext.require(), subjectId, record.id(), record.kind(),
                record.state()));
        grading.regrade(subject, actor, "record " + record.id() + " was published");
        return record.view();
    }

    /**
     * The archive; a natural person's data is shown as {@link SubjectViews} decides (not read-only: a reader's
     * clear read is logged in this transaction).
     *
     * @throws NotFoundException if the current tenant has no such subject
     */
    @Transactional
    public SubjectArchive archiveOf(long subjectId) {
        CreditSubject subject = registry.require(subjectId);
        List<CreditRecord> archive = records.findBySubjectIdOrderByDecisionDateAscIdAsc(subjectId);
        GradeAssessment assessment = grading.assess(archive);
        return new SubjectArchive(views.of(subject), subject.grade(), subject.score(), assessment.model(),
                assessment.contributions(), archive.stream().map(CreditRecord::view).toList());
    }

    private static RecordDetails trimmed(RecordDetails d) {
        return new RecordDetails(d.kind(), d.severity(), d.department().strip(), d.decisionDate(),
                strip(d.legalBasis()), d.title().strip(), strip(d.summary()));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
