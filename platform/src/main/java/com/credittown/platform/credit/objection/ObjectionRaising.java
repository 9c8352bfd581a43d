package com.credittown.platform.credit.objection;

import static com.credittown.platform.credit.objection.ObjectionChecks.MAX_REASONS;
import static com.credittown.platform.credit.objection.ObjectionChecks.examiner;
import static com.credittown.platform.credit.objection.ObjectionChecks.text;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditRecordObjections;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Raising an objection: the checks, the last day on the city calendar, the record's mark 异议处理中 (its effect
 * suspended where the city's setting says so), all written and audited in the record owner's trail.
 */
@Component
class ObjectionRaising {

    private final Objections objections;
    private final CreditRecordObjections records;
    private final WorkingDayCalendar calendar;
    private final ObjectionSettings settings;
    private final AuditLog audit;
    private final CityWrites cityWrites;
    private final PlatformClock clock;
    private final ObjectionReader reader;

    ObjectionRaising(Objections objections, CreditRecordObjections records, WorkingDayCalendar calendar,
                     ObjectionSettings settings, AuditLog audit, CityWrites cityWrites, PlatformClock clock,
                     ObjectionReader reader) {
        this.objections = objections;
        this.records = records;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.cityWrites = cityWrites;
        this.clock = clock;
        this.reader = reader;
    }

    ObjectionView raise(CreditObjections.Raise raise, boolean merchant, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (raise.recordId() == null) {
            problems.add(new FieldProblem("recordId", "required", "the record objected to is required"));
        }
        text(problems, "reasons", raise.reasons(), MAX_REASONS);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RecordView record = records.objectable(raise.recordId());
        ObjectionConcern concerns = raise.concerns() == null ? ObjectionConcern.RECORD : raise.concerns();
        boolean listEntry = record.kind() == RecordKind.SEVERE_LIST;
        if (listEntry && concerns != ObjectionConcern.RECORD) {
            // a list entry is not repaired through the archive: it leaves the list by removal
            throw new InvalidInputException(List.of(new FieldProblem("concerns", "invalid", "an objection to a"
                    + " severe-dishonesty list entry concerns the entry itself (RECORD)")));
        }
        String raisedIn = TenantContext.require().code();
        WorkingDayAnswer<LocalDate> due = calendar.addWorkingDays(LocalDate.now(clock),
                settings.examineWorkingDays());
        boolean suspend = settings.suspendEffectWhileExamined();
        String reasons = raise.reasons().strip();
        // written and audited in the record owner's trail (the city's own records: the city's trail; a list entry:
        // the proposing tenant's, like every step of the list)
        Supplier<ObjectionView> write = () -> {
            Objection objection = objections.save(new Objection(new Objection.Target(record.subjectId(), record.id(),
                    record.title(), record.department(), record.ownerTenant(), listEntry), concerns, raisedIn, actor,
                    !merchant, reasons, clock.instant(), Deadline.of(due), suspend));
            records.markUnderObjection(record.id(), suspend, objection.id(), actor);
            audit.record(actor, "OBJECTION_RAISED", CreditObjections.AUDIT_SUBJECT, objection.id().toString(),
                    concerns + " objection to " + (listEntry ? "severe-dishonesty list entry record " : "record ")
                    + record.id() + " raised in " + raisedIn + (merchant ? " by the subject"
                    : " on the subject's behalf") + "; examined by " + examiner(objection) + " until " + due.value()
                    + " (" + settings.examineWorkingDays() + " working days, the city's setting"
                    + (due.flagged() ? "; no calendar entered for " + due.uncoveredYears() : "") + "); effect "
                    + (suspend ? "suspended" : "not suspended") + " while examined: " + reasons);
            return reader.view(objection);
        };
        return record.ownerTenant() == null ? cityWrites.write(write)
                : cityWrites.inTenant(new TenantId(record.ownerTenant()), write);
    }
}
