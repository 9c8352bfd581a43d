package com.credittown.platform.credit;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccCheck;
import com.credittown.platform.credit.person.NaturalPersons;
import com.credittown.platform.credit.person.PersonMasks;
import com.credittown.platform.credit.person.ResidentIdNumber;
import com.credittown.platform.credit.grade.GradeAssessment;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Longer than 300 lines because it is the archive's one door for subjects: registration (market entities, natural
 * persons, an import's batched registrations) and look-up answer through the same access rule and the same
 * city-wide uniqueness of a code, and a second door would let the two drift apart.
 * <p>
 * Registers and finds the subjects of the city-wide archive (plan (三)). A code is registered once for the whole city:
 * a second registration is refused, naming the subject to use. A natural person registered by another tenant is not
 * registered again: the registering tenant becomes one of its readers. What a caller finds is what
 * {@link ArchiveAccess} lets it see; anything else is answered like a subject that does not exist.
 */
@Service
@Allowed(Permission.ARCHIVE_READ)
public class CreditSubjectRegistry {

    private final CreditSubjects subjects;
    private final SubjectGrading grading;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final ApplicationEventPublisher events;
    private final NaturalPersons persons;
    private final SubjectViews views;
    private final ArchiveAccess access;
    private final SubjectReaders readers;
    private final SubjectCodeProblems codeProblems;
    private final EmptyArchives emptyArchives;

    CreditSubjectRegistry(CreditSubjects subjects, SubjectGrading grading, AuditLog audit, PlatformClock clock,
                          ApplicationEventPublisher events, NaturalPersons persons, SubjectViews views,
                          ArchiveAccess access, SubjectReaders readers, SubjectCodeProblems codeProblems,
                          EmptyArchives emptyArchives) {
        this.emptyArchives = emptyArchives;
        this.subjects = subjects;
        this.grading = grading;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.persons = persons;
        this.views = views;
        this.access = access;
        this.readers = readers;
        this.codeProblems = codeProblems;
    }

    /**
     * Registers a subject with the grade of an empty archive. A natural person's ID number and name are stored only
     * encrypted; the subject itself keeps the masked name and no code.
     *
     * @throws InvalidInputException naming each invalid field (e.g. the code's expected check character)
     * @throws ConflictException     if the code is already registered in the city, or the ID number by the caller's
     *                               own tenant, naming the existing subject's id (never repeating a person's ID
     *                               number or name)
     */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional
    public SubjectView register(NewSubject request, String actor) {
        return registerSubject(request, actor).subject();
    }

    /**
     * Registers a subject as {@link #register} does and says whether a new subject was made: a natural person another
     * tenant registered already is not made again; the caller's tenant becomes one of its readers instead.
     */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional
    public Registration registerSubject(NewSubject request, String actor) {
        CreditInputChecks.Identifier identifier;
        try {
            identifier = CreditInputChecks.checkSubject(request);
        } catch (InvalidInputException refused) {
            codeProblems.reportWrongCode(request, actor);
            throw refused;
        }
        return identifier.idNumber() != null
                ? registerPerson(request, identifier.idNumber(), actor)
                : new Registration(registerEntity(request, identifier.uscc(), actor), true);
    }

    /**
     * The market entity registered under this unified social credit code, registered now as {@link #register} does if
     * the city's archive has none: what {@link #byCode} then {@link #register} answer, with one look-up of the code
     * instead of two (the case path of a commitment or an order to rectify that names a subject new to the archive).
     * A subject the caller may not see is refused as {@link #register} refuses an existing code.
     *
     * @throws InvalidInputException if the code itself is invalid (as {@link #byCode}), or the request is
     * @throws ConflictException     if the code is registered to a subject the caller may not see
     */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional
    public SubjectView findOrRegister(NewSubject request, String actor) {
        Uscc code = Uscc.check(request.code()).uscc().orElseThrow(() -> new InvalidInputException(
                List.of(new FieldProblem("code", Uscc.check(request.code()).message().orElseThrow()))));
        Optional<CreditSubject> existing = subjects.findByCode(code.value());
        if (existing.isPresent()) {
            if (!access.maySee(existing.get())) {
                throw codeProblems.alreadyRegistered(request, code, existing.get(), actor);
            }
            return views.of(existing.get());
        }
        try {
            CreditInputChecks.checkSubject(request); // a natural person has no such code: refused here
        } catch (InvalidInputException refused) {
            codeProblems.reportWrongCode(request, actor);
            throw refused;
        }
        // the code was looked up just now: the subject is saved (and flushed, so a code registered meanwhile is
        // refused here by the unique index) without looking it up again
        return saveEntity(request, code, actor, true);
    }

    /** A registration's outcome: the subject, and whether it was made now (or already in the city's archive). */
    public record Registration(SubjectView subject, boolean created) {
    }

    /**
     * The subjects registered under these unified social credit codes that the caller may see, by code, with one
     * query: what {@link #byCode} answers for each (its id and the archive's name), for a chunk of an import. Codes
     * are taken as given (already checked).
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, KnownSubject> knownByCode(java.util.Collection<String> codes) {
        java.util.Map<String, KnownSubject> known = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            subjects.findByCodeIn(codes).stream().filter(access::maySee)
                    .forEach(subject -> known.put(subject.code(), new KnownSubject(subject.id(), subject.name())));
        }
        return known;
    }

    /** A registered subject as a chunk of an import needs it: its id and the name the archive holds. */
    public record KnownSubject(long id, String name) {
    }

    /**
     * Registers a market entity as {@link #register} does, for a caller that has just looked its code up with
     * {@link #knownByCode} and found nothing: the look-up is not repeated. The subject is inserted at the next flush
     * (its id comes from a sequence), with others in one batch; a code registered meanwhile (or one the caller may
     * not see) is still refused by the unique index, then: the flush fails with a
     * {@link DataIntegrityViolationException} and the transaction rolls back.
     *
     * @throws InvalidInputException naming each invalid field
     */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional
    public long registerLookedUp(NewSubject request, String actor) {
        CreditInputChecks.Identifier identifier = CreditInputChecks.checkSubject(request);
        if (identifier.uscc() == null) {
            return registerSubject(request, actor).subject().id();
        }
        // not flushed: the chunk's new subjects are inserted in one batch when its records look them up; a code
        // registered meanwhile fails that flush and the import commits the chunk's rows one by one
        return saveEntity(request, identifier.uscc(), actor, false).id();
    }

    private SubjectView registerEntity(NewSubject request, Uscc code, String actor) {
        subjects.findByCode(code.value()).ifPresent(existing -> {
            throw codeProblems.alreadyRegistered(request, code, existing, actor);
        });
        return saveEntity(request, code, actor, true);
    }

    private SubjectView saveEntity(NewSubject request, Uscc code, String actor, boolean flush) {
        CreditSubject subject;
        try {
            CreditSubject made = newSubject(request, code.value(), request.name().strip());
            subject = flush ? subjects.saveAndFlush(made) : subjects.save(made);
            if (!flush) {
                emptyArchives.registered(subject); // an import's: its records need no look-up in this transaction
            }
        } catch (DataIntegrityViolationException e) {
            // The unique index on the code caught a registration of the same code running at the same time.
            throw new ConflictException("A credit subject with the code " + code
                    + " was registered at the same time; look it up by its code");
        }
        return registered(subject, subject.code(), actor);
    }

    /**
     * Every subject with a unified social credit code (no natural persons), for the code clean-up's search for one
     * name under several codes (plan (二)).
     */
    @Allowed(Permission.CODE_CLEANUP_READ)
    @Transactional(readOnly = true)
    public List<CodedSubject> codedSubjects() {
        return subjects.findCoded();
    }

    private Registration registerPerson(NewSubject request, ResidentIdNumber idNumber, String actor) {
        Optional<Long> existing = persons.subjectWith(idNumber);
        if (existing.isPresent()) {
            return new Registration(joinPerson(require(existing.get()), actor), false);
        }
        // flushed: the identity and the reader rows refer to it
        CreditSubject subject = subjects.saveAndFlush(newSubject(request, null, PersonMasks.name(request.name())));
        try {
            persons.store(subject.id(), idNumber, request.name());
        } catch (DataIntegrityViolationException e) {
            // The unique index on the ID number's hash caught a registration of the same person at the same time.
            throw new ConflictException("This natural person was registered at the same time by another request;"
                    + " look the person up by the ID number");
        }
        TenantContext.current().ifPresent(tenant -> readers.add(subject.id(), tenant, clock.instant()));
        return new Registration(registered(subject, idNumber.masked(), actor), true);
    }

    /** The person registered by another tenant becomes readable by the caller's tenant too (audited). */
    private SubjectView joinPerson(CreditSubject subject, String actor) {
        if (access.maySee(subject)) {
            throw new ConflictException("This natural person is already registered: subject " + subject.id());
        }
        TenantId tenant = TenantContext.require();
        readers.add(subject.id(), tenant, clock.instant());
        audit.recordAtCommit(actor, CreditAudit.READER_ADDED, CreditAudit.SUBJECT, subject.id().toString(),
                "natural person registered again by " + tenant.code() + ": the tenant now reads the city's subject");
        events.publishEvent(new SubjectRegistered(subject.id()));
        return views.of(subject);
    }

    private CreditSubject newSubject(NewSubject request, String code, String name) {
        GradeAssessment initial = grading.initial();
        return new CreditSubject(TenantContext.current().map(TenantId::code).orElse(null), request.kind(), code, name,
                request.tags().stream().map(String::strip).toList(), initial.grade(), initial.score(),
                clock.instant());
    }

    /** Audits (a person only masked), announces and shows the new subject. */
    private SubjectView registered(CreditSubject subject, String shownCode, String actor) {
        audit.recordAtCommit(actor, CreditAudit.SUBJECT_REGISTERED, CreditAudit.SUBJECT, subject.id().toString(),
                subject.kind() + " " + shownCode + " " + subject.name() + ", grade " + subject.grade());
        events.publishEvent(new SubjectRegistered(subject.id()));
        return views.of(subject);
    }

    /**
     * The subject as the current user may see it (not read-only: a clear read of a natural person is logged).
     *
     * @throws NotFoundException if there is no such subject the caller may see
     */
    @Transactional
    public SubjectView subject(long id) {
        return views.of(requireVisible(id));
    }

    /**
     * The subject registered under this unified social credit code, if any. Natural persons are not found here
     * (see {@link #lookup(String)}).
     *
     * @throws InvalidInputException if the code itself is invalid
     */
    @Transactional(readOnly = true)
    public Optional<SubjectView> byCode(String code) {
        Uscc uscc = Uscc.check(code).uscc().orElseThrow(() -> new InvalidInputException(
                List.of(new FieldProblem("code", Uscc.check(code).message().orElseThrow()))));
        return subjects.findByCode(uscc.value()).filter(access::maySee).map(views::of);
    }

    /**
     * The subject registered under this unified social credit code or, for a natural person, resident identity
     * card number (found by its keyed hash), shown as the current user may see it.
     *
     * @throws InvalidInputException if the input is neither a valid code nor a valid ID number (the problem of an
     *                               ID number if it has that shape, else of a code)
     */
    @Transactional
    public Optional<SubjectView> lookup(String code) {
        UsccCheck uscc = Uscc.check(code);
        if (uscc.isValid()) {
            Optional<CreditSubject> entity = subjects.findByCode(uscc.uscc().orElseThrow().value())
                    .filter(access::maySee);
            if (entity.isPresent()) {
                return entity.map(views::of);
            }
        }
        ResidentIdNumber.Check idNumber = ResidentIdNumber.check(code);
        if (idNumber.isValid()) {
            return persons.subjectWith(idNumber.valid().orElseThrow()).flatMap(subjects::findById)
                    .filter(access::maySee).map(views::of);
        }
        if (uscc.isValid()) {
            return Optional.empty();
        }
        String problem = ResidentIdNumber.looksLikeOne(code) ? idNumber.problem().orElseThrow()
                : uscc.message().orElseThrow();
        throw new InvalidInputException(List.of(new FieldProblem("code", problem)));
    }

    /**
     * Subjects with a unified social credit code (no natural persons) whose name contains the text or whose code
     * starts with it, by code: what a form's subject picker offers when the search index cannot answer.
     */
    @Transactional(readOnly = true)
    public List<SubjectView> candidates(String typed, int limit) {
        String text = typed == null ? "" : typed.replace("%", "").replace("_", "").strip();
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        return subjects.findCandidates("%" + text + "%", text.toUpperCase(java.util.Locale.ROOT) + "%",
                        org.springframework.data.domain.PageRequest.of(0, Math.min(limit, 100)))
                .stream().filter(access::maySee).map(views::of).toList();
    }

    /** The subject, whoever may see it: for the archive's own work (grading, decisions). */
    CreditSubject require(long id) {
        return subjects.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The subject if the current caller may see it; otherwise exactly like a subject that does not exist. */
    CreditSubject requireVisible(long id) {
        return access.visible(require(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Unknown credit subject", "No credit subject with the id " + id + " exists.");
    }
}
