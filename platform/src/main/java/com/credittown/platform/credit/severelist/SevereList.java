package com.credittown.platform.credit.severelist;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.CreditRecordChanged;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The severe-dishonesty list (严重失信主体名单): proposal by the tenant that recorded the subject's severe record(s)
 * (谁认定), prior notice with a statement-and-defence period in working days, the subject's statement, the city
 * office's inclusion decision, publication as an archive record, and removal with its reason. Every step is audited.
 */
@Service
public class SevereList {

    static final String AUDIT_SUBJECT = "severe-list-entry";
    static final int MAX_TEXT = 2000;
    static final int MAX_STATEMENT = 4000;

    private final SevereListEntries entries;
    private final CreditListings listings;
    private final CreditSubjectRegistry subjects;
    private final WorkingDayCalendar calendar;
    private final SevereListSettings settings;
    private final AuditLog audit;
    private final CityWrites cityWrites;
    private final PlatformClock clock;

    SevereList(SevereListEntries entries, CreditListings listings, CreditSubjectRegistry subjects,
               WorkingDayCalendar calendar, SevereListSettings settings, AuditLog audit, CityWrites cityWrites,
               PlatformClock clock) {
        this.entries = entries;
        this.listings = listings;
        this.subjects = subjects;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.cityWrites = cityWrites;
        this.clock = clock;
    }

    /** What a proposal says. */
    public record Proposal(Long subjectId, List<Long> recordIds, String department, String grounds,
                           String legalBasis) {
    }

    /**
     * Proposes the subject for the list, citing severe records the caller's tenant recorded that are still in
     * publicity.
     *
     * @throws InvalidInputException naming each invalid field ({@code recordIds}: none cited, not severe, not in
     *                               publicity, another subject's)
     * @throws com.credittown.platform.web.ForbiddenException if a cited record was recorded by another authority
     * @throws NotFoundException     if the subject or a record is not one the caller may see
     * @throws ConflictException     if the subject already has an open proposal or is on the list
     */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional
    public ListEntryView propose(Proposal proposal, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proposal.subjectId() == null) {
            problems.add(new FieldProblem("subjectId", "required", "the subject is required"));
        }
        text(problems, "department", proposal.department(), 100);
        text(problems, "grounds", proposal.grounds(), MAX_TEXT);
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
        audit.record(actor, "SEVERE_LIST_PROPOSED", AUDIT_SUBJECT, entry.id().toString(), "subject " + subjectId
                + " proposed by " + tenant + " (" + proposal.department().strip() + ") citing records "
                + entry.citedRecordIds() + ": " + proposal.grounds().strip());
        return view(entry);
    }

    /**
     * Serves the prior notice (告知) on the subject: the statement-and-defence period runs from the next working day
     * for the city's setting of working days.
     */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional
    public ListEntryView serveNotice(long entryId, String actor) {
        SevereListEntry entry = requireOwn(entryId);
        WorkingDayAnswer<LocalDate> due = calendar.addWorkingDays(LocalDate.now(clock),
                settings.statementWorkingDays());
        entry.serveNotice(Deadline.of(due), clock.instant(), actor);
        audit.record(actor, "SEVERE_LIST_NOTICE_SERVED", AUDIT_SUBJECT, entry.id().toString(),
                "prior notice served; statement and defence until " + due.value() + " ("
                        + settings.statementWorkingDays() + " working days, the city's setting"
                        + (due.flagged() ? "; no calendar entered for " + due.uncoveredYears() : "") + ")");
        return view(entry);
    }

    /** The proposing tenant withdraws its proposal before the city office decides, with the reason. */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional
    public ListEntryView withdraw(long entryId, String reason, String actor) {
        SevereListEntry entry = requireOwn(entryId);
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "reason", reason, MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entry.withdraw(reason.strip(), clock.instant(), actor);
        audit.record(actor, "SEVERE_LIST_WITHDRAWN", AUDIT_SUBJECT, entry.id().toString(), "withdrawn: "
                + reason.strip());
        return view(entry);
    }

    /** The caller's tenant's proposals, newest first. */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional(readOnly = true)
    public List<ListEntryView> ownProposals() {
        return entries.findByProposerTenantOrderByIdDesc(TenantContext.require().code()).stream()
                .map(this::view).toList();
    }

    /** One of the caller's tenant's proposals. */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional(readOnly = true)
    public ListEntryView ownProposal(long entryId) {
        return view(requireOwn(entryId));
    }

    /** The notices served on the merchant's own subject (a proposal not yet notified is not shown), newest first. */
    @Allowed(Permission.MERCHANT_PORTAL)
    @Transactional(readOnly = true)
    public List<ListEntryView> myNotices() {
        String code = merchantCode();
        return subjects.lookup(code).map(s -> entries.findBySubjectIdOrderByIdDesc(s.id()).stream()
                .filter(e -> e.status() != ListingStatus.PROPOSED).map(this::view).toList()).orElse(List.of());
    }

    /**
     * The subject's statement and defence (陈述申辩) on a notice served on it, within the period.
     *
     * @throws NotFoundException if the notice is not about the merchant's own subject
     * @throws ConflictException if the period has ended or a statement was made already
     */
    @Allowed(Permission.MERCHANT_PORTAL)
    public ListEntryView submitStatement(long entryId, String statement, String actor) {
        String code = merchantCode();
        SevereListEntry found = entries.findById(entryId)
                .filter(e -> e.status() != ListingStatus.PROPOSED)
                .filter(e -> subjects.lookup(code).map(s -> s.id() == e.subjectId()).orElse(false))
                .orElseThrow(() -> unknown(entryId));
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "statement", statement, MAX_STATEMENT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the proposal's steps are all audited in the proposing tenant's trail, whoever takes them
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            entry.state(statement.strip(), LocalDate.now(clock), clock.instant(), actor);
            audit.record(actor, "SEVERE_LIST_STATEMENT", AUDIT_SUBJECT, entry.id().toString(),
                    "statement and defence received (" + statement.strip().length() + " characters)");
            return view(entry);
        });
    }

    /** Every proposal of every tenant for the city office, newest first; optionally only those in one status. */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional(readOnly = true)
    public List<ListEntryView> all(ListingStatus status) {
        return (status == null ? entries.findAllByOrderByIdDesc()
                : entries.findByStatusInOrderByIdDesc(EnumSet.of(status))).stream().map(this::view).toList();
    }

    /** What the city office decides on a proposal. */
    public record Decision(Boolean include, String reason, LocalDate listedUntil) {
    }

    /**
     * The city office's decision, once the subject's statement is in or the period has passed: include (the entry
     * record is published in the archive until {@code listedUntil}, by default the city's listed period) or decline.
     * Written in the proposing tenant's trail and archive (it owns the entry), in one transaction.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    public ListEntryView decide(long entryId, Decision decision, String actor) {
        SevereListEntry found = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.include() == null) {
            problems.add(new FieldProblem("include", "required", "say whether the subject is included"));
        }
        text(problems, "reason", decision.reason(), MAX_TEXT);
        LocalDate until = decision.listedUntil() == null ? today.plus(settings.listedPeriod())
                : decision.listedUntil();
        if (Boolean.TRUE.equals(decision.include()) && !until.isAfter(today)) {
            problems.add(new FieldProblem("listedUntil", "invalid", "the listed period must end after today, "
                    + today));
        } else if (Boolean.TRUE.equals(decision.include()) && until.isAfter(today.plus(settings.maxListedPeriod()))) {
            problems.add(new FieldProblem("listedUntil", "invalid", "the listed period may last at most "
                    + settings.maxListedPeriod() + " (the city's setting): until " + today.plus(
                    settings.maxListedPeriod()) + " at the latest"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            entry.requireDecidable(today);
            String reason = decision.reason().strip();
            if (decision.include()) {
                ListEntryView current = view(entry);
                RecordView record = listings.list(entry.subjectId(), entry.proposerTenant(), current.department(),
                        "列入严重失信主体名单", current.legalBasis(), current.grounds(), today, until, actor);
                entry.list(today, until, record.id(), reason, clock.instant(), actor);
                audit.record(actor, "SEVERE_LIST_INCLUDED", AUDIT_SUBJECT, entry.id().toString(),
                        "included until " + until + " (record " + record.id() + "): " + reason);
            } else {
                entry.decline(reason, clock.instant(), actor);
                audit.record(actor, "SEVERE_LIST_DECLINED", AUDIT_SUBJECT, entry.id().toString(),
                        "not included: " + reason);
            }
            return view(entry);
        });
    }

    /**
     * Removes a listed subject before its period ends (credit repaired, or the decision revoked), with the reason:
     * the entry record's publicity ends and the subject is regraded.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    public ListEntryView remove(long entryId, RemovalReason reason, String note, String actor) {
        SevereListEntry found = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason == RemovalReason.PERIOD_ENDED) {
            problems.add(new FieldProblem("reason", reason == null ? "required" : "invalid",
                    "give CREDIT_REPAIRED or DECISION_REVOKED: the end of the listed period removes a subject by"
                            + " itself"));
        }
        text(problems, "note", note, MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            entry.remove(reason, note.strip(), clock.instant(), actor);
            listings.unlist(entry.recordId(), reason + ": " + note.strip(), actor);
            audit.record(actor, "SEVERE_LIST_REMOVED", AUDIT_SUBJECT, entry.id().toString(),
                    "removed (" + reason + "): " + note.strip());
            return view(entry);
        });
    }

    /** The subjects on the list now, for officers of every tenant (the list is published). */
    @Allowed(Permission.SEVERE_LIST_READ)
    @Transactional(readOnly = true)
    public List<ListEntryView> listed() {
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        return entries.findByStatusInOrderByIdDesc(EnumSet.of(ListingStatus.LISTED)).stream().map(this::view)
                .map(v -> tenant == null || tenant.equals(v.proposerTenant()) ? v : v.published())
                .toList();
    }

    /** The list as the public pages show it: market entities, government bodies and institutions on it now. */
    @Allowed(Permission.PUBLIC)
    @Transactional(readOnly = true)
    public List<PublicListing> publicList() {
        List<PublicListing> shown = new ArrayList<>();
        for (SevereListEntry entry : entries.findByStatusInOrderByIdDesc(EnumSet.of(ListingStatus.LISTED))) {
            Optional<SubjectView> subject = subjectOf(entry);
            if (subject.isEmpty() || subject.get().kind() == SubjectKind.NATURAL_PERSON) {
                continue;
            }
            ListEntryView v = entry.view(subject.get().code(), subject.get().name());
            shown.add(new PublicListing(v.subjectCode(), v.subjectName(), v.proposerTenant(), v.department(),
                    v.grounds(), v.legalBasis(), v.listedFrom(), v.listedUntil()));
        }
        return shown;
    }

    /**
     * The listed period ended: the nightly publicity expiry ended the entry record ({@code PublicityExpiry}, in the
     * owning tenant's context and transaction); the entry follows, audited.
     */
    @EventListener
    void onRecordChanged(CreditRecordChanged changed) {
        if (changed.kind() != RecordKind.SEVERE_LIST || changed.state() != RecordState.PUBLICITY_ENDED) {
            return;
        }
        entries.findByRecordId(changed.recordId()).filter(e -> e.status() == ListingStatus.LISTED)
                .ifPresent(entry -> {
                    entry.remove(RemovalReason.PERIOD_ENDED, "名单期届满 (listed period ended)", clock.instant(),
                            AuditLog.SYSTEM);
                    audit.record(AuditLog.SYSTEM, "SEVERE_LIST_REMOVED", AUDIT_SUBJECT, entry.id().toString(),
                            "removed (PERIOD_ENDED): the listed period ended");
                });
    }

    private SevereListEntry requireOwn(long entryId) {
        String tenant = TenantContext.require().code();
        return entries.findById(entryId).filter(e -> Objects.equals(e.proposerTenant(), tenant))
                .orElseThrow(() -> unknown(entryId));
    }

    private static String merchantCode() {
        return CurrentUsers.current().flatMap(CurrentUser::subjectCode).orElseThrow(() -> new NotFoundException(
                "No subject", "Your account is not linked to a credit subject yet."));
    }

    private ListEntryView view(SevereListEntry entry) {
        Optional<SubjectView> subject = subjectOf(entry);
        return entry.view(subject.map(SubjectView::code).orElse(null), subject.map(SubjectView::name).orElse(null));
    }

    private Optional<SubjectView> subjectOf(SevereListEntry entry) {
        try {
            return Optional.of(subjects.subject(entry.subjectId()));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("Unknown list proposal", "No severe-dishonesty list proposal with the id " + id
                + " exists.");
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " is longer than " + max + " characters"));
        }
    }
}
