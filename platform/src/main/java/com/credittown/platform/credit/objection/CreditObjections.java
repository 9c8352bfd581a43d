package com.credittown.platform.credit.objection;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditRecordObjections;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
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
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议申诉) against records of the city-wide archive and repair results: raised by the subject (its
 * merchant) or an officer on its behalf, examined by the record's owner (the recording tenant, or the city office for
 * the city's own records) within the city's setting of working days,
 * upheld (the record revoked or corrected, or the repair granted, through the archive's owner-only paths) or rejected
 * with reasons. Every step is audited in the owning tenant's trail, whoever takes it.
 */
@Service
public class CreditObjections {

    /** The national point the product cites for objections (law/sources.json, point {@code repair-objection}). */
    public static final String BASIS_ZH = "国办发〔2025〕22号、国家发展改革委令第36号：信用主体可对失信记录和修复结果提出异议申诉";
    public static final String BASIS_EN = "Guo Ban Fa [2025] No. 22, NDRC Order No. 36: subjects may dispute records"
            + " and repair results";

    static final String AUDIT_SUBJECT = "credit-objection";
    static final int MAX_REASONS = 4000;
    static final int MAX_DECISION = 2000;

    private final Objections objections;
    private final CreditRecordObjections records;
    private final CreditPublicity publicity;
    private final CreditSubjectRegistry subjects;
    private final WorkingDayCalendar calendar;
    private final ObjectionSettings settings;
    private final AuditLog audit;
    private final CityWrites cityWrites;
    private final PlatformClock clock;

    CreditObjections(Objections objections, CreditRecordObjections records, CreditPublicity publicity,
                     CreditSubjectRegistry subjects, WorkingDayCalendar calendar, ObjectionSettings settings,
                     AuditLog audit, CityWrites cityWrites, PlatformClock clock) {
        this.objections = objections;
        this.records = records;
        this.publicity = publicity;
        this.subjects = subjects;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.cityWrites = cityWrites;
        this.clock = clock;
    }

    /** What an objection says: the record, whether it disputes the record or its repair result, and the reasons. */
    public record Raise(Long recordId, ObjectionConcern concerns, String reasons) {
    }

    /**
     * Raises an objection on a subject's behalf (an officer) against a record the caller may read. The record's owner examines it within the city's setting of working days; the record is
     * marked 异议处理中 and, where the city's setting says so, its effect is suspended meanwhile.
     *
     * @throws InvalidInputException naming each invalid field
     * @throws NotFoundException     if the caller may not see the record
     * @throws ConflictException     if the record is not in publicity, is a list entry or is already under objection
     */
    @Allowed(Permission.OBJECTION_RAISE)
    public ObjectionView raiseOnBehalf(Raise raise, String actor) {
        return raise(raise, false, actor);
    }

    /** The merchant's own objection against a record of its own subject; see {@link #raiseOnBehalf}. */
    @Allowed(Permission.MERCHANT_PORTAL)
    public ObjectionView raiseMine(Raise raise, String actor) {
        return raise(raise, true, actor);
    }

    private ObjectionView raise(Raise raise, boolean merchant, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (raise.recordId() == null) {
            problems.add(new FieldProblem("recordId", "required", "the record objected to is required"));
        }
        text(problems, "reasons", raise.reasons(), MAX_REASONS);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RecordView record = records.objectable(raise.recordId());
        String raisedIn = TenantContext.require().code();
        ObjectionConcern concerns = raise.concerns() == null ? ObjectionConcern.RECORD : raise.concerns();
        WorkingDayAnswer<LocalDate> due = calendar.addWorkingDays(LocalDate.now(clock),
                settings.examineWorkingDays());
        boolean suspend = settings.suspendEffectWhileExamined();
        String reasons = raise.reasons().strip();
        // examined by the record's owner: the objection and the mark are written and audited in its trail (the
        // city's own records: the city office's, in the city's trail)
        java.util.function.Supplier<ObjectionView> write = () -> {
            Objection objection = objections.save(new Objection(new Objection.Target(record.subjectId(), record.id(),
                    record.title(), record.department(), record.ownerTenant()), concerns, raisedIn, actor, !merchant,
                    reasons, clock.instant(), Deadline.of(due), suspend));
            records.markUnderObjection(record.id(), suspend, objection.id(), actor);
            audit.record(actor, "OBJECTION_RAISED", AUDIT_SUBJECT, objection.id().toString(), concerns
                    + " objection to record " + record.id() + " raised in " + raisedIn + (merchant ? " by the subject"
                    : " on the subject's behalf") + "; examined by " + owner(record.ownerTenant()) + " until " + due.value()
                    + " (" + settings.examineWorkingDays() + " working days, the city's setting"
                    + (due.flagged() ? "; no calendar entered for " + due.uncoveredYears() : "") + "); effect "
                    + (suspend ? "suspended" : "not suspended") + " while examined: " + reasons);
            return view(objection);
        };
        return record.ownerTenant() == null ? cityWrites.write(write)
                : cityWrites.inTenant(new TenantId(record.ownerTenant()), write);
    }

    /** The objections about the merchant's own subject, newest first (with their decisions: how it is notified). */
    @Allowed(Permission.MERCHANT_PORTAL)
    @Transactional(readOnly = true)
    public List<ObjectionView> mine() {
        String code = CurrentUsers.current().flatMap(CurrentUser::subjectCode).orElseThrow(() -> new NotFoundException(
                "No subject", "Your account is not linked to a credit subject yet."));
        return subjects.lookup(code).map(s -> objections.findBySubjectIdOrderByIdDesc(s.id()).stream()
                .map(this::view).toList()).orElse(List.of());
    }

    /**
     * The objections the caller may read: a tenant's those against its own records (to examine) and those it raised
     * on a subject's behalf; the city office every tenant's. Optionally only those in one status, or overdue.
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional(readOnly = true)
    public List<ObjectionView> visible(ObjectionStatus status, boolean overdueOnly) {
        LocalDate today = LocalDate.now(clock);
        List<Objection> found;
        if (cityOffice()) {
            found = objections.findAllByOrderByIdDesc();
        } else {
            String tenant = TenantContext.require().code();
            found = objections.findByOwnerTenantOrRaisedInTenantOrderByIdDesc(tenant, tenant);
        }
        return found.stream().filter(o -> status == null || o.status() == status)
                .filter(o -> !overdueOnly || o.overdueOn(today)).map(this::view).toList();
    }

    /** The city office's overview: every tenant's objections, optionally only those in one status, or overdue. */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public List<ObjectionView> all(ObjectionStatus status, boolean overdueOnly) {
        LocalDate today = LocalDate.now(clock);
        return objections.findAllByOrderByIdDesc().stream().filter(o -> status == null || o.status() == status)
                .filter(o -> !overdueOnly || o.overdueOn(today)).map(this::view).toList();
    }

    /** One objection the caller may read (see {@link #visible}); another tenant's is not found. */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional(readOnly = true)
    public ObjectionView one(long id) {
        return view(readable(id));
    }

    /** One objection, for the city office acting for no tenant (every tenant's and the city's own). */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public ObjectionView oneAsCity(long id) {
        return view(readable(id));
    }

    /** What the record's owner decides. {@code correction} only when upholding with {@code CORRECTED}. */
    public record Decision(Boolean upheld, String reason, ObjectionOutcome outcome,
                           CreditRecordObjections.Correction correction) {
    }

    /**
     * The record's owner decides: upheld — the record is revoked ({@code REVOKED}, the default) or corrected
     * ({@code CORRECTED}); for a repair result, the record's publicity ends by repair — or rejected with reasons (the
     * record stands and takes effect again). The subject reads the decision in its portal.
     *
     * @throws NotFoundException     if the caller may not read the objection
     * @throws ForbiddenException    if the caller may read it but did not record the record (only its owner decides)
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     if it was decided already, or a repair is not possible yet
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional
    public ObjectionView decide(long id, Decision decision, String actor) {
        return decided(readable(id), decision, actor);
    }

    /**
     * The city office decides an objection to a record the city itself recorded (a city department's: no owning
     * tenant), acting for no tenant; the same rules as {@link #decide}. A tenant's objection: 403 (its owner decides).
     */
    @Allowed(Permission.CITY_OFFICE)
    public ObjectionView decideAsCity(long id, Decision decision, String actor) {
        // written as the city (no tenant): the archive's owner paths and the city's audit chain
        return cityWrites.write(() -> decided(readable(id), decision, actor));
    }

    private ObjectionView decided(Objection objection, Decision decision, String actor) {
        long id = objection.id();
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        // the owner decides: the recording tenant's users on its path; for the city's own records the city office
        // acting for no tenant. The city office reads every tenant's objections (also on a tenant's path) and decides
        // none of theirs.
        boolean owner = objection.ownerTenant() == null ? cityOffice() && tenant == null
                : !cityOffice() && Objects.equals(tenant, objection.ownerTenant());
        if (!owner) {
            throw new ForbiddenException("Recorded by another authority", "Objection " + id + " concerns a record of "
                    + owner(objection.ownerTenant()) + "; only the authority that recorded it examines it.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.upheld() == null) {
            problems.add(new FieldProblem("upheld", "required", "say whether the objection is upheld"));
        }
        text(problems, "reason", decision.reason(), MAX_DECISION);
        ObjectionOutcome outcome = outcomeOf(decision, objection, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (objection.status() != ObjectionStatus.EXAMINING) {
            throw new ConflictException("Objection " + id + " was decided already: it is " + objection.status());
        }
        String reason = decision.reason().strip();
        Long corrected = null;
        switch (outcome) {
            case REJECTED -> records.closeObjection(objection.recordId(), id, actor);
            case REVOKED -> records.revoke(objection.recordId(), id, reason, actor);
            case CORRECTED -> corrected = records.correct(objection.recordId(), id, decision.correction(), reason,
                    actor).id();
            case REPAIRED -> {
                RecordView closed = records.closeObjection(objection.recordId(), id, actor);
                // a record whose publicity ended at its maximum while examined has nothing left to end: the law's
                // date stands and the decision is recorded on the objection
                if (closed.state() == RecordState.PUBLISHED) {
                    publicity.endPublicityByRepair(objection.recordId(), actor, "异议成立（修复结果）objection " + id
                            + ": " + reason);
                }
            }
        }
        objection.decide(outcome, reason, corrected, clock.instant(), actor);
        audit.record(actor, outcome == ObjectionOutcome.REJECTED ? "OBJECTION_REJECTED" : "OBJECTION_UPHELD",
                AUDIT_SUBJECT, objection.id().toString(), outcome + (corrected == null ? "" : " (corrected record "
                        + corrected + ")") + ": " + reason + "; the subject reads the decision in its merchant portal");
        return view(objection);
    }

    private static ObjectionOutcome outcomeOf(Decision decision, Objection objection, List<FieldProblem> problems) {
        if (!Boolean.TRUE.equals(decision.upheld())) {
            return ObjectionOutcome.REJECTED;
        }
        if (objection.concerns() == ObjectionConcern.REPAIR_RESULT) {
            return ObjectionOutcome.REPAIRED;
        }
        ObjectionOutcome outcome = decision.outcome() == null ? ObjectionOutcome.REVOKED : decision.outcome();
        if (outcome != ObjectionOutcome.REVOKED && outcome != ObjectionOutcome.CORRECTED) {
            problems.add(new FieldProblem("outcome", "invalid", "an upheld objection to a record revokes it (REVOKED)"
                    + " or corrects it (CORRECTED)"));
        } else if (outcome == ObjectionOutcome.CORRECTED && !correctsSomething(decision.correction())) {
            problems.add(new FieldProblem("correction", "required", "a correction names the corrected severity,"
                    + " title, summary or legal basis"));
        }
        return outcome;
    }

    private static boolean correctsSomething(CreditRecordObjections.Correction c) {
        return c != null && (c.severity() != null || notBlank(c.title()) || notBlank(c.summary())
                || notBlank(c.legalBasis()));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private Objection readable(long id) {
        Objection objection = objections.findById(id).orElseThrow(() -> unknown(id));
        if (cityOffice()) {
            return objection;
        }
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        if (tenant == null || !(tenant.equals(objection.ownerTenant()) || tenant.equals(objection.raisedInTenant()))) {
            throw unknown(id);
        }
        return objection;
    }

    private static String owner(String ownerTenant) {
        return ownerTenant == null ? "the city (the city credit office)" : "tenant " + ownerTenant;
    }

    private static boolean cityOffice() {
        return CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
    }

    private ObjectionView view(Objection objection) {
        Optional<SubjectView> subject;
        try {
            subject = Optional.of(subjects.subject(objection.subjectId()));
        } catch (NotFoundException hidden) {
            subject = Optional.empty();
        }
        return objection.view(subject.map(SubjectView::code).orElse(null), subject.map(SubjectView::name)
                .orElse(null), LocalDate.now(clock), settings.basisZh());
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("Unknown objection", "No objection with the id " + id + " exists.");
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " is longer than " + max + " characters"));
        }
    }
}
