package com.credittown.workflows.governance;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance ledger of severe dishonest market entities (严重违法失信市场主体管理台账, plan (四)). A tenant's ledger
 * holds the market entities its own severe records in publicity (SEVERE dishonesty or penalty records, or its
 * severe-dishonesty list entries) make severely dishonest, read from the city-wide archive as the archive changes
 * (its {@code CreditRecordChanged} events) and whenever an officer brings it up to date; an entity whose records are all repaired or expired leaves it with the day. Officers record prompt
 * and warning interviews (提示约谈、警示约谈) and follow the rectification; the city office reads every tenant's ledger.
 * Every change is audited in the tenant's chain.
 */
@Service
@Allowed(Permission.GOVERNANCE_LEDGER)
public class GovernanceLedger {

    static final String AUDIT_SUBJECT = "governance-ledger-entry";
    static final int MAX_TEXT = 4000;

    private final LedgerEntries entries;
    private final Interviews interviews;
    private final FollowUps followUps;
    private final GovernanceArchiveFollower follower;
    private final WorkingDayCalendar calendar;
    private final GovernanceLedgerSettings settings;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final CityReads cityReads;
    private final TenantDirectory directory;

    GovernanceLedger(LedgerEntries entries, Interviews interviews, FollowUps followUps, GovernanceArchiveFollower follower,
                     WorkingDayCalendar calendar, GovernanceLedgerSettings settings, AuditLog audit,
                     PlatformClock clock, CityReads cityReads, TenantDirectory directory) {
        this.entries = entries;
        this.interviews = interviews;
        this.followUps = followUps;
        this.follower = follower;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.cityReads = cityReads;
        this.directory = directory;
    }

    /** The plan's words and the city's escalation setting, as the pages show them. */
    public List<Basis> bases() {
        return List.of(Basis.PLAN, new Basis(settings.escalationZh(), settings.escalationEn()));
    }

    /** The tenant's ledger as it stands (entities on it first, newest entry first). */
    @Transactional(readOnly = true)
    public List<LedgerEntryView> ledger() {
        return views(entries.findAllByOrderByStatusAscEnteredOnDescIdDesc());
    }

    /** One entry of the tenant's ledger (another tenant's: not found). */
    @Transactional(readOnly = true)
    public LedgerEntryView entry(long id) {
        return views(List.of(require(id))).get(0);
    }

    /**
     * Brings the tenant's ledger up to date from the city-wide archive: a market entity with a severe record of the
     * tenant's in publicity enters (or its records are updated); an entity on the ledger with none any more leaves.
     */
    @Transactional
    public List<LedgerEntryView> refresh(String actor) {
        follower.followAll(actor);
        return ledger();
    }

    /**
     * Brings one subject's entry of the current tenant's ledger up to date after a change to the tenant's archive (a
     * severe record added or ended, a severe-list entry): called by {@code GovernanceLedgerEvents} in the change's own
     * transaction, so the ledger commits with the archive; audited as the system's work. Reads that subject's records
     * and entry only, not the roster (an import changes thousands of records). Not a user's action: it runs within
     * the archive change the caller was allowed (or as background work).
     */
    @Allowed(Permission.SYSTEM)
    @Transactional
    public void followArchive(long subjectId) {
        follower.followOne(subjectId, AuditLog.SYSTEM);
    }

    /**
     * Records a prompt or warning interview with an entity on the ledger.
     *
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     if the entity left the ledger, or a warning interview comes before any prompt
     *                               interview while the city's setting asks the prompt first
     */
    @Transactional
    public LedgerEntryView recordInterview(long entryId, NewInterview interview, String actor) {
        LedgerEntry entry = require(entryId);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (interview.kind() == null) {
            problems.add(new FieldProblem("kind", "required", "PROMPT (提示约谈) or WARNING (警示约谈)"));
        }
        if (interview.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "required", "the day the interview was held"));
        } else if (interview.heldOn().isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "future", "an interview is recorded once held (today is " + today
                    + ")"));
        } else if (interview.heldOn().isBefore(entry.enteredOn())) {
            problems.add(new FieldProblem("heldOn", "before-entry", "the entity entered the ledger on "
                    + entry.enteredOn()));
        }
        text(problems, "participants", interview.participants(), 500);
        text(problems, "content", interview.content(), MAX_TEXT);
        text(problems, "outcome", interview.outcome(), MAX_TEXT);
        if (interview.followUpOn() != null && interview.heldOn() != null
                && !interview.followUpOn().isAfter(interview.heldOn())) {
            problems.add(new FieldProblem("followUpOn", "invalid", "the follow-up day comes after the interview"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entry.requireInLedger("record an interview for");
        List<Interview> held = interviews.findByEntryIdInOrderByHeldOnAscIdAsc(List.of(entry.id()));
        if (interview.kind() == InterviewKind.WARNING && settings.promptBeforeWarning()
                && held.stream().noneMatch(i -> i.kind() == InterviewKind.PROMPT)) {
            throw new ConflictException("A prompt interview (提示约谈) comes before a warning interview (警示约谈) by the"
                    + " city's setting (credittown.governance.ledger.prompt-before-warning); none is recorded for"
                    + " ledger entry " + entry.id());
        }
        // a follow-up day the officer entered, else the city's setting of working days after the interview
        Deadline followUp = interview.followUpOn() != null ? Deadline.on(interview.followUpOn())
                : Deadline.afterWorkingDays(interview.heldOn(), settings.followUpWorkingDays(), calendar);
        Interview saved = interviews.save(new Interview(entry.id(), interview.kind(), interview.heldOn(),
                interview.participants().strip(), interview.content().strip(), interview.outcome().strip(), followUp,
                clock.instant(), actor));
        audit.record(actor, "GOVERNANCE_INTERVIEW_RECORDED", AUDIT_SUBJECT, entry.id().toString(),
                interview.kind() + " interview " + saved.id() + " held " + interview.heldOn() + ", follow-up "
                        + followUp.date() + ": " + interview.outcome().strip());
        return views(List.of(entry)).get(0);
    }

    /** Records a follow-up of the entity's rectification and the state it found. */
    @Transactional
    public LedgerEntryView recordFollowUp(long entryId, NewFollowUp followUp, String actor) {
        LedgerEntry entry = require(entryId);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (followUp.followedOn() == null) {
            problems.add(new FieldProblem("followedOn", "required", "the day of the follow-up"));
        } else if (followUp.followedOn().isAfter(today)) {
            problems.add(new FieldProblem("followedOn", "future", "a follow-up is recorded once made (today is "
                    + today + ")"));
        }
        if (followUp.rectification() == null) {
            problems.add(new FieldProblem("rectification", "required", "NOT_STARTED, IN_PROGRESS or COMPLETED"));
        }
        text(problems, "note", followUp.note(), MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entry.followUp(followUp.rectification(), followUp.followedOn(), clock.instant(), actor);
        followUps.save(new FollowUp(entry.id(), followUp.followedOn(), followUp.note().strip(),
                followUp.rectification(), clock.instant(), actor));
        audit.record(actor, "GOVERNANCE_FOLLOW_UP_RECORDED", AUDIT_SUBJECT, entry.id().toString(),
                "rectification " + followUp.rectification() + " on " + followUp.followedOn() + ": "
                        + followUp.note().strip());
        return views(List.of(entry)).get(0);
    }

    // ------------------------------------------------------------------ the city office (read only)

    /** Every tenant's ledger in figures, one row per tenant that has one (the city's read path, three queries). */
    @Allowed(Permission.CITY_OFFICE)
    public List<TenantLedgerSummary> cityOverview() {
        Map<String, String> names = directory.all().stream()
                .collect(Collectors.toMap(t -> t.id().code(), Tenant::nameZh, (a, b) -> a));
        return cityReads.read(() -> views(entries.findAllByOrderByStatusAscEnteredOnDescIdDesc())).stream()
                .collect(Collectors.groupingBy(LedgerEntryView::tenant)).entrySet().stream()
                .map(e -> summary(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(TenantLedgerSummary::tenant)).toList();
    }

    /** Every tenant's entries, or one tenant's, for the city office (read only). */
    @Allowed(Permission.CITY_OFFICE)
    public List<LedgerEntryView> cityEntries(String tenant) {
        return cityReads.read(() -> views(entries.findAllByOrderByStatusAscEnteredOnDescIdDesc())).stream()
                .filter(v -> tenant == null || tenant.isBlank() || v.tenant().equals(tenant)).toList();
    }

    private static TenantLedgerSummary summary(String tenant, String name, List<LedgerEntryView> views) {
        List<LedgerEntryView> in = views.stream().filter(v -> v.status() == EntryStatus.IN_LEDGER).toList();
        return new TenantLedgerSummary(tenant, name, in.size(), views.size() - in.size(),
                in.stream().filter(v -> !v.interviews().isEmpty()).count(),
                in.stream().filter(v -> v.escalation() == Escalation.WARNING_DUE).count(),
                in.stream().filter(v -> v.rectification() == Rectification.COMPLETED).count());
    }

    // ------------------------------------------------------------------ helpers

    private LedgerEntry require(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("Unknown ledger entry",
                "No governance ledger entry with the id " + id + " exists."));
    }

    private List<LedgerEntryView> views(List<LedgerEntry> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(LedgerEntry::id).toList();
        Map<Long, List<Interview>> held = new HashMap<>();
        interviews.findByEntryIdInOrderByHeldOnAscIdAsc(ids)
                .forEach(i -> held.computeIfAbsent(i.entryId(), k -> new ArrayList<>()).add(i));
        Map<Long, List<FollowUpView>> followed = new HashMap<>();
        followUps.findByEntryIdInOrderByFollowedOnAscIdAsc(ids)
                .forEach(f -> followed.computeIfAbsent(f.entryId(), k -> new ArrayList<>()).add(f.view()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(e -> {
            List<Interview> its = held.getOrDefault(e.id(), List.of());
            return new LedgerEntryView(e.id(), e.getTenantId(), e.subjectId(), e.subjectCode(), e.subjectName(),
                    e.enteredOn(), e.basisRecords(), e.listed(), e.status(), e.exitedOn(), e.rectification(),
                    e.rectifiedOn(), escalation(e, its, today),
                    its.isEmpty() ? null : its.get(its.size() - 1).followUpOn(), e.version(),
                    its.stream().map(Interview::view).toList(), followed.getOrDefault(e.id(), List.of()));
        }).toList();
    }

    /** The city's escalation setting applied to an entry's interviews today. */
    Escalation escalation(LedgerEntry entry, List<Interview> held, LocalDate today) {
        if (entry.status() == EntryStatus.EXITED) {
            return Escalation.NONE;
        }
        Interview lastPrompt = null;
        Interview lastWarning = null;
        for (Interview i : held) {
            if (i.kind() == InterviewKind.PROMPT) {
                lastPrompt = i;
            } else {
                lastWarning = i;
            }
        }
        if (lastWarning != null && (lastPrompt == null || !lastWarning.heldOn().isBefore(lastPrompt.heldOn()))) {
            return Escalation.WARNING_HELD;
        }
        if (entry.rectification() == Rectification.COMPLETED) {
            return Escalation.NONE;
        }
        if (settings.escalateAfterFollowUp() && lastPrompt != null && lastPrompt.followUp().passedOn(today)) {
            return Escalation.WARNING_DUE;
        }
        return Escalation.NONE;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " is longer than " + max + " characters"));
        }
    }
}
