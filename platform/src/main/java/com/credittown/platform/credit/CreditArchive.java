package com.credittown.platform.credit;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.grade.GradeAssessment;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.credittown.platform.credit.grade.Contribution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject's credit archive (信用档案) in the city-wide archive: adding records (owned by the tenant that records them)
 * and reading the archive with its grade, as {@link ArchiveAccess} lets the caller see it.
 */
@Service
@Allowed(Permission.ARCHIVE_READ)
public class CreditArchive {

    private final CreditSubjectRegistry registry;
    private final CreditRecords records;
    private final SubjectGrading grading;
    private final CreditSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlatformClock clock;
    private final SubjectViews views;
    private final ArchiveAccess access;
    private final CreditSubjects subjects;
    private final CreditRecordRows rows;
    private final EmptyArchives emptyArchives;

    CreditArchive(CreditSubjectRegistry registry, CreditRecords records, SubjectGrading grading,
                  CreditSettings settings, AuditLog audit, ApplicationEventPublisher events, PlatformClock clock,
                  SubjectViews views, ArchiveAccess access, CreditSubjects subjects, CreditRecordRows rows,
                  EmptyArchives emptyArchives) {
        this.rows = rows;
        this.emptyArchives = emptyArchives;
        this.access = access;
        this.subjects = subjects;
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
     * @throws NotFoundException     if there is no such subject the caller may see
     * @throws InvalidInputException naming each invalid field
     */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional
    public RecordView addRecord(long subjectId, RecordDetails details, String actor) {
        CreditSubject subject = registry.requireVisible(subjectId);
        CreditRecord record = publish(subject, details, access.recordingTenant(), LocalDate.now(clock), actor);
        grading.regrade(subject, actor, "record " + record.id() + " was published");
        return access.view(record);
    }

    /** A record to publish in a subject's archive, one of many ({@link #addRecords}). */
    public record NewRecord(long subjectId, RecordDetails details) {
    }

    /**
     * Publishes many records as {@link #addRecord} publishes each, in order, with the same audit entries, events and
     * regrades (one after each record), but with one query for all their subjects, one for the subjects' archives (for
     * neither, subjects an import registered in this transaction: {@link EmptyArchives}) and one JDBC batch for the
     * new records (written before their events, outside the persistence context:
     * {@link CreditRecordRows}) instead of two queries and an entity per record: the bulk path of an import.
     *
     * @return the records, in the order asked for
     * @throws NotFoundException     if a subject does not exist or the caller may not see it
     * @throws InvalidInputException naming each invalid field of the first invalid record (nothing is kept: the
     *                               transaction rolls back)
     */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional
    public List<RecordView> addRecords(List<NewRecord> requests, String actor) {
        if (requests.isEmpty()) {
            return List.of();
        }
        String owner = access.recordingTenant();
        LocalDate today = LocalDate.now(clock);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        requests.forEach(request -> ids.add(request.subjectId()));
        // subjects an import registered in this transaction have empty archives: neither they nor their records
        // are looked up (EmptyArchives); the others with one query each
        Map<Long, CreditSubject> visible = new java.util.HashMap<>();
        java.util.Set<Long> earlier = new java.util.LinkedHashSet<>();
        for (Long id : ids) {
            emptyArchives.of(id).ifPresentOrElse(subject -> visible.put(id, access.visible(subject)),
                    () -> earlier.add(id));
        }
        visible.putAll(requireVisible(earlier));
        Map<Long, List<CreditRecord>> archives = new java.util.HashMap<>();
        ids.forEach(id -> archives.put(id, new java.util.ArrayList<>()));
        if (!earlier.isEmpty()) {
            records.findBySubjectIdIn(earlier).forEach(record -> archives.get(record.subjectId()).add(record));
        }
        List<Publication> made = requests.stream()
                .map(request -> prepared(request.subjectId(), request.details(), owner, today, actor)).toList();
        rows.insert(made.stream().map(Publication::record).toList());
        ids.forEach(emptyArchives::recorded);
        List<RecordView> added = new java.util.ArrayList<>(requests.size());
        for (Publication publication : made) {
            CreditRecord record = publication.record();
            announce(publication, actor);
            CreditSubject subject = visible.get(record.subjectId());
            List<CreditRecord> archive = archives.get(subject.id());
            archive.add(record);
            // the order the single path's query gives: by decision date, then id
            archive.sort(java.util.Comparator.comparing(CreditRecord::decisionDate).thenComparing(CreditRecord::id));
            grading.regrade(subject, archive, actor, "record " + record.id() + " was published");
            added.add(access.view(record));
        }
        return added;
    }

    /** The subjects, by id, if the caller may see each (one query); otherwise as a subject that does not exist. */
    private Map<Long, CreditSubject> requireVisible(java.util.Collection<Long> ids) {
        Map<Long, CreditSubject> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        subjects.findByIdIn(ids).forEach(subject -> found.put(subject.id(), access.visible(subject)));
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw CreditSubjectRegistry.notFound(id);
            }
        }
        return found;
    }

    /** Stores the record with its publicity window, audits it (at commit) and announces it; no regrade. */
    private CreditRecord publish(CreditSubject subject, RecordDetails details, String owner, LocalDate today,
                                 String actor) {
        Publication publication = prepared(subject.id(), details, owner, today, actor);
        records.save(publication.record());
        emptyArchives.recorded(subject.id());
        announce(publication, actor);
        return publication.record();
    }

    /** A new record, checked, with its publicity window, not stored yet, and what its audit entry will say. */
    private record Publication(CreditRecord record, RecordDetails details, PublicityWindow window) {
    }

    private Publication prepared(long subjectId, RecordDetails details, String owner, LocalDate today,
                                 String actor) {
        CreditInputChecks.checkRecord(details, today);
        details = settings.publicity().withDefaultSeverity(details);
        PublicityWindow window = details.severity() == null
                ? null
                : settings.publicity().windowFor(details.severity(), details.decisionDate());
        return new Publication(new CreditRecord(owner, subjectId, trimmed(details), window, clock.instant(), actor),
                details, window);
    }

    /** Audits the stored record (at commit) and announces it. */
    private void announce(Publication publication, String actor) {
        CreditRecord record = publication.record();
        RecordDetails details = publication.details();
        PublicityWindow window = publication.window();
        audit.recordAtCommit(actor, CreditAudit.RECORD_PUBLISHED, CreditAudit.RECORD, record.id().toString(),
                "subject " + record.subjectId() + ": " + record.kind()
                        + (record.severity() == null ? "" : " " + record.severity())
                        + " '" + record.title() + "' decided " + details.decisionDate() + " by "
                        + details.department() + (window == null ? "" : ", publicity " + window.earliestEnd()
                        + " at the earliest, " + window.latestEnd() + " at the latest"));
        events.publishEvent(new CreditRecordChanged(record.ownerTenant(), record.subjectId(), record.id(),
                record.kind(), record.state(), true));
    }

    /**
     * The archive as the caller may see it: the subject (a natural person's data as {@link SubjectViews} decides; not
     * read-only: a reader's clear read is logged in this transaction), the grade computed from every record of the
     * city, the records the caller may read, and the grade's explanation in which a record it may not read is named
     * only by its kind, severity and the tenant that holds it.
     *
     * @throws NotFoundException if there is no such subject the caller may see
     */
    @Transactional
    public SubjectArchive archiveOf(long subjectId) {
        CreditSubject subject = registry.requireVisible(subjectId);
        List<CreditRecord> archive = records.findBySubjectIdOrderByDecisionDateAscIdAsc(subjectId);
        GradeAssessment assessment = grading.assess(archive);
        Map<Long, CreditRecord> byId = archive.stream().collect(Collectors.toMap(CreditRecord::id, r -> r));
        List<Contribution> explanation = assessment.contributions().stream()
                .map(c -> access.maySee(byId.get(c.recordId())) ? c : withheld(c, byId.get(c.recordId())))
                .toList();
        return new SubjectArchive(views.of(subject), subject.grade(), subject.score(), assessment.model(),
                explanation, archive.stream().filter(access::maySee).map(access::view).toList());
    }

    /** A contribution of a record the reader may not read: its weight stays, its content is withheld. */
    private static Contribution withheld(Contribution c, CreditRecord record) {
        String holder = record.ownerTenant() == null ? "the city" : record.ownerTenant();
        return new Contribution(0, c.kind(), c.severity(), "非公开信息，由 " + holder + " 掌握 (not public; held by "
                + holder + ")", c.points(), c.rule());
    }

    private static RecordDetails trimmed(RecordDetails d) {
        return new RecordDetails(d.kind(), d.severity(), d.department().strip(), d.decisionDate(),
                strip(d.legalBasis()), d.title().strip(), strip(d.summary()));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
