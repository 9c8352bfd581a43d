package com.credittown.platform.credit.objection;

import static com.credittown.platform.credit.objection.ObjectionChecks.MAX_DECISION;
import static com.credittown.platform.credit.objection.ObjectionChecks.examiner;
import static com.credittown.platform.credit.objection.ObjectionChecks.text;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditRecordObjections;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Deciding an objection: only its examiner decides (the recording tenant on its path; the city office on the city's
 * path for the city's own records and for severe-list entries, whose inclusion it decided); upheld, the record is
 * revoked or corrected (a list entry: the subject is removed from the list), or the repair granted; rejected, the
 * record stands and takes effect again. Audited in the record owner's trail.
 */
@Component
class ObjectionDecisions {

    private final CreditRecordObjections records;
    private final CreditPublicity publicity;
    private final SevereList severeList;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final ObjectionReader reader;

    ObjectionDecisions(CreditRecordObjections records, CreditPublicity publicity, SevereList severeList,
                       AuditLog audit, PlatformClock clock, ObjectionReader reader) {
        this.records = records;
        this.publicity = publicity;
        this.severeList = severeList;
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
    }

    /**
     * @param cityPath whether the caller decides on the city's path ({@code /api/city/objections/{id}/decision}); a
     *                 severe-list entry's objection is then decided in the proposing tenant's context (it owns the
     *                 entry record and its trail)
     */
    ObjectionView decided(Objection objection, CreditObjections.Decision decision, ObjectionExaminer examiner,
                          boolean cityPath) {
        long id = objection.id();
        String actor = examiner.name();
        if (!examines(objection, examiner, cityPath)) {
            throw new ForbiddenException("Recorded by another authority", "Objection " + id + " concerns a record"
                    + " examined by " + examiner(objection) + "; only that authority decides it.");
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
            case REVOKED -> {
                if (objection.listEntry()) {
                    // the entry leaves the list first (DECISION_REVOKED, audited on the entry), then its record ends
                    severeList.removeOnObjection(objection.recordId(), id, reason, actor);
                }
                records.revoke(objection.recordId(), id, reason, actor);
            }
            // a list entry upheld in part: the entry is corrected (still listed), its record replaced
            case CORRECTED -> corrected = objection.listEntry()
                    ? severeList.correctOnObjection(objection.recordId(), id, decision.listCorrection(), reason, actor)
                    : records.correct(objection.recordId(), id, decision.correction(), reason, actor).id();
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
                CreditObjections.AUDIT_SUBJECT, objection.id().toString(), outcome + (corrected == null ? ""
                        : " (corrected record " + corrected + ")") + (objection.listEntry() && outcome
                        == ObjectionOutcome.REVOKED ? " (removed from the severe-dishonesty list)" : "") + ": "
                        + reason + "; the subject reads the decision in its merchant portal");
        return reader.view(objection);
    }

    /**
     * The examiner: the recording tenant's users on its path; for the city's own records and for severe-list entries
     * the city office on the city's path. The city office reads every tenant's objections (also on a tenant's path)
     * and decides none of theirs. The platform's own work (a named background examiner) decides on the examiner's
     * path as the examiner would, and never inside a request: a caller cannot pass itself off as background work.
     */
    private static boolean examines(Objection objection, ObjectionExaminer examiner, boolean cityPath) {
        if (examiner.background() && (CurrentUsers.inRequest() || CurrentUsers.current().isPresent())) {
            return false;
        }
        if (objection.examinedByCity()) {
            return cityPath && (examiner.cityOffice() || examiner.background());
        }
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        return !cityPath && !examiner.cityOffice() && Objects.equals(tenant, objection.ownerTenant());
    }

    private static ObjectionOutcome outcomeOf(CreditObjections.Decision decision, Objection objection,
                                              List<FieldProblem> problems) {
        if (!Boolean.TRUE.equals(decision.upheld())) {
            return ObjectionOutcome.REJECTED;
        }
        if (objection.concerns() == ObjectionConcern.REPAIR_RESULT) {
            return ObjectionOutcome.REPAIRED;
        }
        ObjectionOutcome outcome = decision.outcome() == null ? ObjectionOutcome.REVOKED : decision.outcome();
        if (objection.listEntry() && outcome != ObjectionOutcome.REVOKED && outcome != ObjectionOutcome.CORRECTED) {
            problems.add(new FieldProblem("outcome", "invalid", "an upheld objection to a severe-dishonesty list"
                    + " entry removes the subject from the list (REVOKED) or corrects the entry (CORRECTED)"));
        } else if (objection.listEntry() && outcome == ObjectionOutcome.CORRECTED && decision.listCorrection() == null) {
            problems.add(new FieldProblem("listCorrection", "required", "an entry upheld in part is corrected by"
                    + " listCorrection {department, grounds, legalBasis, listedUntil}; a different listing needs a"
                    + " new proposal"));
        } else if (objection.listEntry()) {
            return outcome;
        } else if (outcome != ObjectionOutcome.REVOKED && outcome != ObjectionOutcome.CORRECTED) {
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
}
