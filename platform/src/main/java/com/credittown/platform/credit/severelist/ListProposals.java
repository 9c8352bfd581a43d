package com.credittown.platform.credit.severelist;

import static com.credittown.platform.credit.severelist.ListEntryReader.text;
import static com.credittown.platform.credit.severelist.ListEntryReader.unknown;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The proposing tenant's steps: proposal on its own severe records, prior notice, withdrawal, its own proposals. */
@Component
class ListProposals {

    private final SevereListEntries entries;
    private final CreditListings listings;
    private final WorkingDayCalendar calendar;
    private final SevereListSettings settings;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final ListEntryReader reader;

    ListProposals(SevereListEntries entries, CreditListings listings, WorkingDayCalendar calendar,
                  SevereListSettings settings, AuditLog audit, PlatformClock clock, ListEntryReader reader) {
        this.entries = entries;
        this.listings = listings;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
    }

    ListEntryView propose(SevereList.Proposal proposal, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proposal.subjectId() == null) {
            problems.add(new FieldProblem("subjectId", "required", "the subject is required"));
        }
        text(problems, "department", proposal.department(), 100);
        text(problems, "grounds", proposal.grounds(), SevereList.MAX_TEXT);
        text(problems, "legalBasis", proposal.legalBasis(), 500);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long subjectId = proposal.subjectId();
        List<RecordView> cited = listings.citedSevereRecords(subjectId, proposal.recordIds());
        Optional<SevereListEntry> open = entries.findBySubjectIdOrderByIdDesc(subjectId).stream()
                .filter(e -> e.status().active()).findFirst();
        if (open.isPresent()) {
            throw new ConflictException("Subject " + subjectId + " already has list proposal " + open.get().id()
                    + " (" + open.get().status() + ")");
        }
        String tenant = TenantContext.require().code();
        SevereListEntry entry = entries.save(new SevereListEntry(subjectId, tenant,
                proposal.department().strip(), proposal.grounds().strip(), proposal.legalBasis().strip(),
                cited.stream().map(RecordView::id).toList(), clock.instant(), actor));
        audit.record(actor, "SEVERE_LIST_PROPOSED", SevereList.AUDIT_SUBJECT, entry.id().toString(), "subject "
                + subjectId + " proposed by " + tenant + " (" + proposal.department().strip() + ") citing records "
                + entry.citedRecordIds() + ": " + proposal.grounds().strip());
        return reader.view(entry);
    }

    ListEntryView serveNotice(long entryId, String actor) {
        SevereListEntry entry = requireOwn(entryId);
        WorkingDayAnswer<LocalDate> due = calendar.addWorkingDays(LocalDate.now(clock),
                settings.statementWorkingDays());
        entry.serveNotice(Deadline.of(due), clock.instant(), actor);
        audit.record(actor, "SEVERE_LIST_NOTICE_SERVED", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                "prior notice served; statement and defence until " + due.value() + " ("
                        + settings.statementWorkingDays() + " working days, the city's setting"
                        + (due.flagged() ? "; no calendar entered for " + due.uncoveredYears() : "") + ")");
        return reader.view(entry);
    }

    ListEntryView withdraw(long entryId, String reason, String actor) {
        SevereListEntry entry = requireOwn(entryId);
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "reason", reason, SevereList.MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entry.withdraw(reason.strip(), clock.instant(), actor);
        audit.record(actor, "SEVERE_LIST_WITHDRAWN", SevereList.AUDIT_SUBJECT, entry.id().toString(), "withdrawn: "
                + reason.strip());
        return reader.view(entry);
    }

    List<ListEntryView> ownProposals() {
        return entries.findByProposerTenantOrderByIdDesc(TenantContext.require().code()).stream()
                .map(reader::view).toList();
    }

    SevereListEntry requireOwn(long entryId) {
        String tenant = TenantContext.require().code();
        return entries.findById(entryId).filter(e -> Objects.equals(e.proposerTenant(), tenant))
                .orElseThrow(() -> unknown(entryId));
    }
}
