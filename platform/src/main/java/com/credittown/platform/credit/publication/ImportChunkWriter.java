package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectCodeReported;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectNames;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final DoublePublicityEntries entries;
    private final ImportErrors errors;
    private final CreditSubjectRegistry registry;
    private final CreditArchive archive;
    private final PublicationDeadline deadline;
    private final PlatformClock clock;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    ImportChunkWriter(DoublePublicityEntries entries, ImportErrors errors,
                      CreditSubjectRegistry registry, CreditArchive archive, PublicationDeadline deadline,
                      PlatformClock clock, ApplicationEventPublisher events,
                      JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
        this.entries = entries;
        this.errors = errors;
        this.registry = registry;
        this.archive = archive;
        this.deadline = deadline;
        this.clock = clock;
    }

    /**
     * Writes the chunk and advances the job; any exception rolls the whole chunk back.
     *
     * @param headerNames the file's header row, as the job keeps it (a rejected row's values are in its order)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    ChunkOutcome write(long jobId, List<String> headerNames, ImportChunk chunk, String actor) {
        Instant now = clock.instant();
        Map<PublicationRow.EntryKey, DoublePublicityEntry> existing = existing(chunk.valid());
        List<RowProblem> problems = new ArrayList<>(chunk.problems());
        reportWrongCodes(jobId, headerNames, chunk.problems(), actor);
        int imported = 0;
        int nameConflicts = 0;
        int unchanged = 0;
        int conflicts = 0;
        List<PublicationRow> fresh = new ArrayList<>();
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
            fresh.add(row);
        }
        if (!fresh.isEmpty()) {
            // the chunk's subjects with one query; the codes not in the city's archive yet are registered, in order
            Map<String, CreditSubjectRegistry.KnownSubject> subjects = new HashMap<>(registry.knownByCode(
                    fresh.stream().map(row -> row.subjectCode().value()).distinct().toList()));
            String tenant = TenantContext.require().code();
            List<CreditArchive.NewRecord> requests = new ArrayList<>(fresh.size());
            for (PublicationRow row : fresh) {
                CreditSubjectRegistry.KnownSubject subject = subjects.computeIfAbsent(row.subjectCode().value(),
                        code -> new CreditSubjectRegistry.KnownSubject(registry.registerLookedUp(new NewSubject(
                                SubjectKind.organisationWithCode(code), code, row.subjectName(), List.of()), actor),
                                row.subjectName()));
                if (!SubjectNames.same(subject.name(), row.subjectName())) {
                    // one code, two names (重码, plan (二)): the record goes to the code's subject, the archive's
                    // name stays, and the difference is reported to the code clean-up and counted on the job
                    nameConflicts++;
                    events.publishEvent(new SubjectCodeReported(SubjectCodeReported.Problem.NAME_CONFLICT,
                            SubjectCodeReported.Source.IMPORT, tenant, row.department(),
                            row.subjectCode().value(), "import " + jobId + " row " + row.row() + " names '"
                            + row.subjectName() + "', the archive's subject is '" + subject.name() + "'",
                            row.subjectName(), subject.id(), subject.name(), "import " + jobId + " row " + row.row(),
                            actor, false));
                }
                requests.add(new CreditArchive.NewRecord(subject.id(), details(row)));
            }
            List<RecordView> records = archive.addRecords(requests, actor);
            List<Object[]> rows = new ArrayList<>(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                PublicationRow row = fresh.get(i);
                rows.add(new DoublePublicityEntry(jobId, row, requests.get(i).subjectId(), records.get(i).id(),
                        deadline.of(row.decisionDate(), row.publicationDate()), now).insertValues(tenant));
                imported++;
            }
            // the subjects, records and notices (sequence ids) wait for the flush; the entries refer to them
            entityManager.flush();
            jdbc.batchUpdate(DoublePublicityEntry.INSERT, rows);
        }
        problems.sort(Comparator.comparingLong(RowProblem::row));
        for (RowProblem problem : problems) {
            errors.save(new ImportError(jobId, problem));
        }
        // the job's counters advanced by one update adding this chunk's, the chunk's last statement: chunks of one
        // import committed at the same time (parallel lanes) hold the job's row only from here to their commit
        if (jdbc.update(ImportJob.ADVANCE, chunk.rows(), imported, unchanged, chunk.rejectedRows() + conflicts,
                nameConflicts, clock.instant().atOffset(java.time.ZoneOffset.UTC), jobId,
                TenantContext.require().code()) != 1) {
            throw new IllegalStateException("Import " + jobId + " of the current tenant is gone");
        }
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

    /**
     * Rows rejected for their subject_code (GB 32100 format or check character) are reported to the code clean-up
     * (错码, plan (二)) with the department and name the row gives, in the chunk's transaction: what is reported is
     * what is stored.
     */
    private void reportWrongCodes(long jobId, List<String> headerNames, List<RowProblem> problems, String actor) {
        List<RowProblem> wrongCodes = problems.stream().filter(RowProblem::isWrongCode).toList();
        if (wrongCodes.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require().code();
        for (RowProblem problem : wrongCodes) {
            events.publishEvent(WrongCodeReport.of(tenant, jobId, headerNames, problem, actor));
        }
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
