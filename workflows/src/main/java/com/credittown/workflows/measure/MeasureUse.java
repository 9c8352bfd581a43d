package com.credittown.workflows.measure;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.measure.internal.MeasureApplications;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town applies a measure of the city's catalogue to a subject and reports its effect (效果反馈). Only a measure in
 * use may be applied, and only to a subject its city-wide archive qualifies (grade, honours: {@link MeasureQualification});
 * a refusal names why and records nothing. The applications are the tenant's own.
 */
@Service
@Allowed(Permission.MEASURE_APPLY)
public class MeasureUse {

    private static final int MAX_MATTER = 500;
    private static final int MAX_FEEDBACK = 2000;

    private final MeasureCatalogue catalogue;
    private final MeasureApplications applications;
    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;
    private final AuditLog audit;
    private final PlatformClock clock;

    MeasureUse(MeasureCatalogue catalogue, MeasureApplications applications, CreditSubjectRegistry subjects,
               CreditArchive archive, AuditLog audit, PlatformClock clock) {
        this.catalogue = catalogue;
        this.applications = applications;
        this.subjects = subjects;
        this.archive = archive;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a town asks for. */
    public record Request(String measureId, String subjectCode, String matter) {
    }

    /** What a town reports on a measure it applied. */
    public record Feedback(MeasureEffect effect, String feedback) {
    }

    /**
     * Whether the subject qualifies for the measure now, without applying it (the page shows it before the officer
     * confirms).
     */
    @Transactional(readOnly = true)
    @Allowed(Permission.MEASURE_READ)
    public MeasureQualification check(String measureId, String subjectCode) {
        CreditMeasure measure = catalogue.measure(measureId);
        return MeasureQualification.of(measure, archive.archiveOf(subject(subjectCode).id()));
    }

    /**
     * @throws NotFoundException     unknown measure or subject
     * @throws ConflictException     the measure is not in use
     * @throws InvalidInputException the matter is missing, or the subject does not qualify ({@code subjectCode},
     *                               code {@code not-qualified}, with the reason)
     */
    @Transactional
    public MeasureApplication apply(Request request, String actor) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "is required")));
        }
        CreditMeasure measure = catalogue.measure(request.measureId());
        if (measure.status() != MeasureStatus.IN_USE) {
            throw new ConflictException("The measure '" + measure.name() + "' is not in use (" + measure.status()
                    + "): only a reviewed measure put in use is applied.");
        }
        if (request.matter() == null || request.matter().isBlank() || request.matter().strip().length() > MAX_MATTER) {
            throw new InvalidInputException(List.of(new FieldProblem("matter",
                    "is required, at most " + MAX_MATTER + " characters")));
        }
        SubjectView subject = subject(request.subjectCode());
        SubjectArchive archived = archive.archiveOf(subject.id());
        MeasureQualification qualification = MeasureQualification.of(measure, archived);
        if (!qualification.qualifies()) {
            throw new InvalidInputException(List.of(new FieldProblem("subjectCode", "not-qualified",
                    qualification.reason())));
        }
        MeasureApplication application = applications.save(new MeasureApplication(measure.id(), subject.code(),
                subject.name(), archived.grade(), qualification.reason(), request.matter().strip(), actor,
                clock.instant()));
        audit.record(actor, "MEASURE_APPLIED", MeasureCatalogue.AUDIT_TYPE, measure.id(), subject.code() + " ("
                + qualification.reason() + "): " + application.matter());
        return application;
    }

    /** Records the effect once; the feedback of another tenant's application is "not found". */
    @Transactional
    public MeasureApplication feedback(String applicationId, Feedback feedback, String actor) {
        MeasureApplication application = application(applicationId);
        if (application.effect() != null) {
            throw new ConflictException("The effect of this application was reported on " + application.feedbackAt()
                    + ".");
        }
        if (feedback == null || feedback.effect() == null || feedback.feedback() == null
                || feedback.feedback().isBlank() || feedback.feedback().strip().length() > MAX_FEEDBACK) {
            throw new InvalidInputException(List.of(new FieldProblem(feedback == null || feedback.effect() == null
                    ? "effect" : "feedback", "effect and feedback (at most " + MAX_FEEDBACK + " characters) are required")));
        }
        application.feedback(feedback.effect(), feedback.feedback().strip(), actor, clock.instant());
        audit.record(actor, "MEASURE_FEEDBACK", MeasureCatalogue.AUDIT_TYPE, application.measureId(),
                application.subjectCode() + ": " + feedback.effect());
        return application;
    }

    @Transactional(readOnly = true)
    @Allowed(Permission.MEASURE_READ)
    public List<MeasureApplication> applications() {
        return applications.findTop200ByOrderByAppliedAtDesc();
    }

    @Transactional(readOnly = true)
    @Allowed(Permission.MEASURE_READ)
    public MeasureApplication application(String id) {
        String tenant = com.credittown.platform.tenancy.TenantContext.require().code();
        return applications.findById(id == null ? "" : id)
                .filter(found -> tenant.equals(found.getTenantId())).orElseThrow(() -> new NotFoundException(
                "Unknown application", "No application '" + id + "' of a credit measure exists in this town."));
    }

    private SubjectView subject(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("subjectCode", "is required")));
        }
        return subjects.byCode(code.strip()).orElseThrow(() -> new NotFoundException("Unknown credit subject",
                "No credit subject with the code " + code.strip() + " is registered."));
    }
}
