package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectCodeReported;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectNames;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits one chunk of rows in its own transaction, with the job's progress and the chunk's errors: what is reported
 * is what is stored. A row is imported (subject found or registered, record added to its archive, entry written),
 * unchanged (imported earlier with the same content) or rejected.
 */
@Component
class ImportChunkWriter {

    /** Managed entities are flushed and detached this often, so a chunk's persistence context stays small. */
    private static final int FLUSH_EVERY = 100;

    private final DoublePublicityEntries entries;
    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final CreditSubjectRegistry registry;
    private final CreditArchive archive;
    private final PublicationDeadline deadline;
    private final PlatformClock clock;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ImportChunkWriter(DoublePublicityEntries entries, ImportJobs jobs, ImportErrors errors,
                      CreditSubjectRegistry registry, CreditArchive archive, PublicationDeadline deadline,
                      PlatformClock clock, EntityManager entityManager, ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.jobs = jobs;
        this.errors = errors;
        this.registry = registry;
        this.archive = archive;
        this.deadline = deadline;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Writes the chunk and advances the job; any exception rolls the whole chunk back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    ChunkOutcome write(long jobId, ImportChunk chunk, String actor) {
        Instant now = clock.instant();
        Map<PublicationRow.EntryKey, DoublePublicityEntry> existing = existing(chunk.valid());
        List<RowProblem> problems = new ArrayList<>(chunk.problems());
        Map<String, SubjectView> subjects = new HashMap<>();
        reportWrongCodes(jobId, chunk.problems(), actor);
        int imported = 0;
        int nameConflicts = 0;
        int unchanged = 0;
        int conflicts = 0;
        for (PublicationRow row : chunk.valid()) {
            DoublePublicityEntry earlier = existing.get(row.key());
            if (earlier != null) {
                List<String> differences = earlier.differencesFrom(row);
                if (differences.isEmpty()) {
                    unchanged++;
                } else {
                    conflicts++;
                    problems.add(new RowProblem(row.row(), row.line(), "", "conflicts with the entry imported "
                            + "earlier (import " + earlier.importId() + ") for the same kind, decision_number and "
                            + "subject_code, which is kept unchanged; it differs in " + String.join("; ",
                            differences), row.values()));
                }
                continue;
            }
            SubjectView subject = subjects.computeIfAbsent(row.subjectCode().value(), code -> subjectOf(row, actor));
            long subjectId = subject.id();
            if (!SubjectNames.same(subject.name(), row.subjectName())) {
                // one code, two names (重码, plan (二)): the record goes to the code's subject, the archive's name
                // stays, and the difference is reported to the code clean-up and counted on the job
                nameConflicts++;
                events.publishEvent(new SubjectCodeReported(SubjectCodeReported.Problem.NAME_CONFLICT,
                        SubjectCodeReported.Source.IMPORT, TenantContext.require().code(), row.department(),
                        row.subjectCode().value(), "import " + jobId + " row " + row.row() + " names '"
                        + row.subjectName() + "', the archive's subject is '" + subject.name() + "'",
                        row.subjectName(), subjectId, subject.name(), "import " + jobId + " row " + row.row(), actor,
                        false));
            }
            RecordView record = archive.addRecord(subjectId, details(row), actor);
            entries.save(new DoublePublicityEntry(jobId, row, subjectId, record.id(),
                    deadline.of(row.decisionDate(), row.publicationDate()), now));
            imported++;
            if (imported % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        problems.sort(Comparator.comparingLong(RowProblem::row));
        for (RowProblem problem : problems) {
            errors.save(new ImportError(jobId, problem));
        }
        ImportJob job = jobs.findById(jobId).orElseThrow();
        job.advance(chunk.rows(), imported, unchanged, chunk.rejectedRows() + conflicts, clock.instant());
        job.nameConflicts(nameConflicts);
        events.publishEvent(new DoublePublicityRowsCommitted(TenantContext.require(), jobId, imported, unchanged,
                chunk.rejectedRows() + conflicts));
        return new ChunkOutcome(imported, unchanged, chunk.rejectedRows() + conflicts);
    }

    private Map<PublicationRow.EntryKey, DoublePublicityEntry> existing(List<PublicationRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> numbers = rows.stream().map(PublicationRow::decisionNumber).distinct().toList();
        return entries.findByDecisionNumberIn(numbers).stream()
                .collect(Collectors.toMap(DoublePublicityEntry::key, Function.identity()));
    }

    /** The subject with the row's code: the one registered, or a market entity registered now from code and name. */
    private SubjectView subjectOf(PublicationRow row, String actor) {
        return registry.byCode(row.subjectCode().value())
                .orElseGet(() -> registry.register(new NewSubject(SubjectKind.organisationWithCode(row.subjectCode().value()),
                        row.subjectCode().value(),
                        row.subjectName(), List.of()), actor));
    }

    /**
     * Rows rejected for their subject_code (GB 32100 format or check character) are reported to the code clean-up
     * (错码, plan (二)) with the department and name the row gives, in the chunk's transaction: what is reported is
     * what is stored.
     */
    private void reportWrongCodes(long jobId, List<RowProblem> problems, String actor) {
        List<RowProblem> wrongCodes = problems.stream()
                .filter(p -> p.column().equals(ImportColumn.SUBJECT_CODE.header()) && !p.values().isEmpty()).toList();
        if (wrongCodes.isEmpty()) {
            return;
        }
        List<String> names = jobs.findById(jobId).orElseThrow().headerNames();
        String tenant = TenantContext.require().code();
        for (RowProblem problem : wrongCodes) {
            events.publishEvent(new SubjectCodeReported(SubjectCodeReported.Problem.WRONG_CODE,
                    SubjectCodeReported.Source.IMPORT, tenant, valueOf(names, problem, ImportColumn.DEPARTMENT),
                    valueOf(names, problem, ImportColumn.SUBJECT_CODE), problem.message(),
                    valueOf(names, problem, ImportColumn.SUBJECT_NAME), null, null,
                    "import " + jobId + " row " + problem.row(), actor, false));
        }
    }

    /** The row's value of the column, found by the file's header names; "" if the file has no such column. */
    private static String valueOf(List<String> headerNames, RowProblem problem, ImportColumn column) {
        for (int i = 0; i < headerNames.size() && i < problem.values().size(); i++) {
            if (column == ImportColumn.byHeader(headerNames.get(i).strip().toLowerCase(java.util.Locale.ROOT))) {
                return problem.values().get(i).strip();
            }
        }
        return "";
    }

    private static RecordDetails details(PublicationRow row) {
        String summary = (row.kind() == PublicationKind.LICENCE ? "行政许可决定书文号 " : "行政处罚决定书文号 ")
                + row.decisionNumber() + "; 公示日期 " + row.publicationDate();
        return new RecordDetails(row.kind().recordKind(), row.severity(), row.department(), row.decisionDate(),
                row.legalBasis(), row.title(), summary);
    }

    record ChunkOutcome(int imported, int unchanged, int rejected) {
    }
}
