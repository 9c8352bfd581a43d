package com.credittown.workflows.measure;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.law.Citations;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.measure.internal.CreditMeasures;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city office's catalogue of credit measures (信用措施清单, 东府办〔2024〕6号（一）（十一）): drafted, reviewed by another
 * officer of the city office (信用措施审查), put in use, withdrawn. Every legal basis is checked against the sources file
 * when it is written and again when it is reviewed (docs/citations.md), so a measure shows only what its documents say.
 */
@Service
@Allowed(Permission.CITY_OFFICE)
public class MeasureCatalogue {

    static final String AUDIT_TYPE = "credit-measure";
    private static final int MAX_NAME = 100;
    private static final int MAX_CONTENT = 2000;
    private static final int MAX_BASIS = 500;
    private static final int MAX_TEXT = 1000;

    private final CreditMeasures measures;
    private final Citations citations;
    private final AuditLog audit;
    private final PlatformClock clock;

    MeasureCatalogue(CreditMeasures measures, AuditLog audit, PlatformClock clock) {
        this.measures = measures;
        // the sources file and the plan's text, from the class path (the same check as LegalBasisCitationTest)
        this.citations = Citations.load();
        this.audit = audit;
        this.clock = clock;
    }

    /** Every measure, whatever its status (the city office's page). */
    @Transactional(readOnly = true)
    public List<CreditMeasure> all() {
        return measures.findAllByOrderByKindAscNameAsc();
    }

    /** The measures in use: what a town may apply. */
    @Transactional(readOnly = true)
    @Allowed(Permission.MEASURE_READ)
    public List<CreditMeasure> inUse() {
        return measures.findByStatusOrderByKindAscNameAsc(MeasureStatus.IN_USE);
    }

    @Transactional(readOnly = true)
    @Allowed(Permission.MEASURE_READ)
    public CreditMeasure measure(String id) {
        return measures.findById(id == null ? "" : id).orElseThrow(() -> new NotFoundException("Unknown measure",
                "No credit measure '" + id + "' is in the catalogue."));
    }

    @Transactional
    public CreditMeasure draft(MeasureDraft draft, String actor) {
        check(draft, null);
        CreditMeasure measure = measures.save(new CreditMeasure(draft, actor, clock.instant()));
        audit.recordForCity(actor, "MEASURE_DRAFTED", AUDIT_TYPE, measure.id(), measure.kind() + " " + measure.name());
        return measure;
    }

    /** Revises a draft; a measure reviewed or in use is withdrawn and drafted anew instead. */
    @Transactional
    public CreditMeasure revise(String id, MeasureDraft draft, String actor) {
        CreditMeasure measure = measure(id);
        require(measure, MeasureStatus.DRAFT, "revised");
        check(draft, id);
        measure.revise(draft);
        audit.recordForCity(actor, "MEASURE_REVISED", AUDIT_TYPE, measure.id(), measure.name());
        return measure;
    }

    /** The review (信用措施审查): by an officer of the city office other than the one who drafted the measure. */
    @Transactional
    public CreditMeasure review(String id, String opinion, String actor) {
        CreditMeasure measure = measure(id);
        require(measure, MeasureStatus.DRAFT, "reviewed");
        if (measure.draftedBy().equals(actor)) {
            throw new ConflictException("A measure is reviewed by someone other than its drafter (" + actor + ").");
        }
        requireText("opinion", opinion, MAX_TEXT);
        List<String> problems = citations.problems(measure.legalBasis());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("legalBasis", "citation",
                    String.join("; ", problems))));
        }
        measure.review(actor, opinion.strip(), clock.instant());
        audit.recordForCity(actor, "MEASURE_REVIEWED", AUDIT_TYPE, measure.id(), opinion.strip());
        return measure;
    }

    @Transactional
    public CreditMeasure putInUse(String id, String actor) {
        CreditMeasure measure = measure(id);
        require(measure, MeasureStatus.REVIEWED, "put in use");
        measure.putInUse(clock.instant());
        audit.recordForCity(actor, "MEASURE_IN_USE", AUDIT_TYPE, measure.id(), measure.name());
        return measure;
    }

    @Transactional
    public CreditMeasure withdraw(String id, String reason, String actor) {
        CreditMeasure measure = measure(id);
        if (measure.status() == MeasureStatus.WITHDRAWN) {
            throw new ConflictException("The measure '" + measure.name() + "' is already withdrawn.");
        }
        requireText("reason", reason, MAX_TEXT);
        measure.withdraw(reason.strip(), clock.instant());
        audit.recordForCity(actor, "MEASURE_WITHDRAWN", AUDIT_TYPE, measure.id(), reason.strip());
        return measure;
    }

    private void check(MeasureDraft draft, String id) {
        if (draft == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new FieldProblem("kind", "is required (INCENTIVE or PENALTY)"));
        }
        text("name", draft.name(), MAX_NAME, problems);
        text("content", draft.content(), MAX_CONTENT, problems);
        if (text("legalBasis", draft.legalBasis(), MAX_BASIS, problems)) {
            List<String> wrong = citations.problems(draft.legalBasis());
            if (!wrong.isEmpty()) {
                problems.add(new FieldProblem("legalBasis", "citation", String.join("; ", wrong)));
            }
        }
        if (draft.grades() == null || draft.grades().isEmpty()) {
            problems.add(new FieldProblem("grades", "name at least one grade"));
        }
        if (draft.kind() == MeasureKind.PENALTY && draft.honoursQualify()) {
            problems.add(new FieldProblem("honoursQualify", "not-allowed", "an honour never qualifies for a penalty"));
        }
        if (draft.name() != null && !draft.name().isBlank()
                && measures.existsByNameAndIdNot(draft.name().strip(), id == null ? "" : id)) {
            problems.add(new FieldProblem("name", "duplicate", "another measure has this name"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean text(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
            return false;
        }
        return true;
    }

    private static void requireText(String field, String value, int max) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!text(field, value, max, problems)) {
            throw new InvalidInputException(problems);
        }
    }

    private static void require(CreditMeasure measure, MeasureStatus expected, String what) {
        if (measure.status() != expected) {
            throw new ConflictException("The measure '" + measure.name() + "' is " + measure.status()
                    + ": only a measure " + expected + " can be " + what + ".");
        }
    }
}
