package com.credittown.workflows.star;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.form.FormDefinitions;
import com.credittown.workflows.form.FormValidator;
import com.credittown.workflows.star.internal.StarObjections;
import com.credittown.workflows.star.internal.StarRounds;
import com.credittown.workflows.template.TemplateLibrary;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integrity-star selection (诚信之星选树) of the current tenant outside the case steps: rounds, and the
 * objections (异议) anyone may file while a nomination is in publicity.
 */
@Service
public class IntegrityStarSelection {

    public static final String PROCESS_KEY = "integrity-star";
    static final String AUDIT_ROUND = "star-round";
    static final String AUDIT_NOMINATION = "star-nomination";
    /** The actor of an objection filed by the public (no login). */
    static final String PUBLIC = "public";

    private static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final StarRounds rounds;
    private final StarNominations nominations;
    private final StarObjections objections;
    private final TemplateLibrary templates;
    private final FormDefinitions forms;
    private final FormValidator validator;
    private final AuditLog audit;
    private final PlatformClock clock;

    IntegrityStarSelection(StarRounds rounds, StarNominations nominations, StarObjections objections,
                           TemplateLibrary templates, FormDefinitions forms, FormValidator validator,
                           AuditLog audit, PlatformClock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.templates = templates;
        this.forms = forms;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a round; its number of stars is the template parameter {@code starsPerRound} in force now for the
     * current tenant (its published adaptation, else the city's default).
     */
    @Transactional
    public StarRound openRound(String name, String actor) {
        String clean = (String) validator.validate(forms.require("star-round"), Map.of("name", name == null ? "" : name))
                .get("name");
        rounds.findByName(clean).ifPresent(existing -> {
            throw new ConflictException("A round named " + clean + " already exists (" + existing.status() + ")");
        });
        int stars = ((Number) templates.caseVariables(PROCESS_KEY).get("starsPerRound")).intValue();
        StarRound round = rounds.save(new StarRound(clean, stars, clock.instant(), actor));
        audit.record(actor, "STAR_ROUND_OPENED", AUDIT_ROUND, round.id(), clean + ", " + stars + " stars");
        return round;
    }

    /** Closes a round: no further nomination enters it; nominations already in it run to their end. */
    @Transactional
    public StarRound closeRound(String roundId, String actor) {
        StarRound round = round(roundId);
        round.close(clock.instant());
        audit.record(actor, "STAR_ROUND_CLOSED", AUDIT_ROUND, round.id(), round.name());
        return round;
    }

    @Transactional(readOnly = true)
    public StarRound round(String roundId) {
        return rounds.findById(roundId == null ? "" : roundId).orElseThrow(() ->
                new NotFoundException("Unknown round", "No integrity-star round '" + roundId + "' exists."));
    }

    @Transactional(readOnly = true)
    public List<StarNomination> nominationsOf(String roundId) {
        return nominations.findByRoundIdOrderByNominatedAtAsc(round(roundId).id());
    }

    @Transactional(readOnly = true)
    public StarNomination nomination(String caseId) {
        return nominations.findByCaseId(caseId == null ? "" : caseId).orElseThrow(() -> new NotFoundException(
                "Unknown nomination", "No integrity-star nomination for case '" + caseId + "' exists."));
    }

    @Transactional(readOnly = true)
    public List<StarObjection> objectionsOf(String caseId) {
        return objections.findByCaseIdOrderByFiledAtAscIdAsc(nomination(caseId).caseId());
    }

    /**
     * Files an objection to a nomination in publicity. Anyone may object; the caller is not named.
     *
     * @throws ConflictException if the nomination is not (or no longer) in publicity
     */
    @Transactional
    public StarObjection fileObjection(String caseId, String text) {
        String clean = (String) validator.validate(forms.require("star-objection"),
                Map.of("text", text == null ? "" : text)).get("text");
        return file(caseId, null, null, clean);
    }

    /**
     * Files an objection from the public form: the objector's name and contact (for the town's answer, never
     * published) and the reason, each checked against the form {@code star-public-objection}. The text is stored
     * as typed; pages show it as text, never as markup.
     *
     * @throws com.credittown.platform.web.InvalidInputException naming each invalid field
     * @throws ConflictException if the nomination is not (or no longer) in publicity
     */
    @Transactional
    public StarObjection fileObjection(String caseId, String name, String contact, String text) {
        Map<String, Object> clean = validator.validate(forms.require("star-public-objection"), Map.of(
                "name", name == null ? "" : name, "contact", contact == null ? "" : contact,
                "text", text == null ? "" : text));
        return file(caseId, (String) clean.get("name"), (String) clean.get("contact"), (String) clean.get("text"));
    }

    /** The nominations of the tenant now in their publicity period, earliest closing first. */
    @Transactional(readOnly = true)
    public List<StarNomination> inPublicity() {
        return nominations.findByStatusOrderByPublicityClosesAtAsc(NominationStatus.IN_PUBLICITY).stream()
                .filter(nomination -> nomination.acceptsObjectionsAt(clock.instant()))
                .toList();
    }

    /** Answers every open objection to the case with one answer (the step "answer objections"). */
    @Transactional
    public void answerOpenObjections(String caseId, String answer, String actor) {
        objections.findByCaseIdOrderByFiledAtAscIdAsc(caseId).stream()
                .filter(objection -> !objection.answered())
                .forEach(objection -> answerObjection(objection.id(), answer, actor));
    }

    private StarObjection file(String caseId, String name, String contact, String clean) {
        StarNomination nomination = nomination(caseId);
        if (!nomination.acceptsObjectionsAt(clock.instant())) {
            throw new ConflictException(nomination.publicityClosesAt() == null
                    ? "The nomination of " + nomination.subjectName() + " is not in publicity; objections are "
                    + "accepted only during its publicity period"
                    : "The publicity period of the nomination of " + nomination.subjectName() + " ended at "
                    + CITY_TIME.format(nomination.publicityClosesAt()) + "; objections are no longer accepted");
        }
        nomination.objectionFiled();
        StarObjection objection = objections.save(new StarObjection(nomination.caseId(), nomination.id(), name,
                contact, clean, clock.instant()));
        audit.record(PUBLIC, "STAR_OBJECTION_FILED", AUDIT_NOMINATION, nomination.id(), "objection " + objection.id());
        return objection;
    }

    /**
     * The town answers an objection (once). The case cannot leave its publicity while an objection is
     * unanswered.
     *
     * @throws ConflictException if the objection was answered already
     */
    @Transactional
    public StarObjection answerObjection(String objectionId, String answer, String actor) {
        String clean = (String) validator.validate(forms.require("star-objection-answer"),
                Map.of("answer", answer == null ? "" : answer)).get("answer");
        StarObjection objection = objections.findById(objectionId == null ? "" : objectionId).orElseThrow(() ->
                new NotFoundException("Unknown objection", "No objection '" + objectionId + "' exists."));
        if (objection.answered()) {
            throw new ConflictException("The objection was answered already by " + objection.answeredBy() + " at "
                    + CITY_TIME.format(objection.answeredAt()));
        }
        objection.answer(clean, actor, clock.instant());
        audit.record(actor, "STAR_OBJECTION_ANSWERED", AUDIT_NOMINATION, objection.nominationId(),
                "objection " + objection.id());
        return objection;
    }

    long openObjections(String caseId) {
        return objections.countByCaseIdAndAnsweredAtIsNull(caseId);
    }
}
