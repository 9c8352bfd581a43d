package com.credittown.platform.credit.objection;

import com.credittown.platform.credit.CreditRecordObjections;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.law.Citations;
import com.credittown.platform.law.ShownPoint;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议申诉) against records of the city-wide archive and repair results: raised by the subject (its
 * merchant) or an officer on its behalf, examined by the record's owner (the recording tenant, or the city office for
 * the city's own records and for severe-dishonesty list entries, whose inclusion it decided) within the city's
 * setting of working days, upheld (the record revoked or corrected, the list entry removed, or the repair granted,
 * through the archive's and the list's owner paths) or rejected with reasons. Every step is audited in the owning
 * tenant's trail, whoever takes it. Who may call what is said here; the steps are {@link ObjectionRaising},
 * {@link ObjectionDecisions} and {@link ObjectionReader}.
 */
@Service
public class CreditObjections {

    /**
     * The national point of objections (law/sources.json, point {@code repair-objection}) as users read it: built from
     * the point, so while no stored text bears it out it reads as the city's setting with the documents as an unchecked
     * reference (docs/citations.md).
     */
    private static final ShownPoint BASIS = Citations.load().shown("repair-objection");
    public static final String BASIS_ZH = BASIS.zh();
    public static final String BASIS_EN = BASIS.en();

    static final String AUDIT_SUBJECT = "credit-objection";

    private final ObjectionRaising raising;
    private final ObjectionDecisions decisions;
    private final ObjectionReader reader;
    private final Objections objections;
    private final CityWrites cityWrites;

    CreditObjections(ObjectionRaising raising, ObjectionDecisions decisions, ObjectionReader reader,
                     Objections objections, CityWrites cityWrites) {
        this.raising = raising;
        this.decisions = decisions;
        this.reader = reader;
        this.objections = objections;
        this.cityWrites = cityWrites;
    }

    /** What an objection says: the record, whether it disputes the record or its repair result, and the reasons. */
    public record Raise(Long recordId, ObjectionConcern concerns, String reasons) {
    }

    /**
     * Raises an objection on a subject's behalf (an officer) against a record the caller may read. The record's owner
     * (for a severe-list entry: the city office) examines it within the city's setting of working days; the record is
     * marked 异议处理中 and, where the city's setting says so, its effect is suspended meanwhile.
     *
     * @throws InvalidInputException naming each invalid field ({@code concerns}: a repair result of a list entry)
     * @throws NotFoundException     if the caller may not see the record
     * @throws ConflictException     if the record is not in publicity or is already under objection
     */
    @Allowed(Permission.OBJECTION_RAISE)
    public ObjectionView raiseOnBehalf(Raise raise, String actor) {
        return raising.raise(raise, false, actor);
    }

    /** The merchant's own objection against a record of its own subject; see {@link #raiseOnBehalf}. */
    @Allowed(Permission.MERCHANT_PORTAL)
    public ObjectionView raiseMine(Raise raise, String actor) {
        return raising.raise(raise, true, actor);
    }

    /** The objections about the merchant's own subject, newest first (with their decisions: how it is notified). */
    @Allowed(Permission.MERCHANT_PORTAL)
    @Transactional(readOnly = true)
    public List<ObjectionView> mine() {
        return reader.mine();
    }

    /**
     * The objections the caller may read: a tenant's those against its own records (to examine; for a list entry it
     * proposed, to follow) and those it raised on a subject's behalf; the city office every tenant's. Optionally only
     * those in one status, or overdue.
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional(readOnly = true)
    public List<ObjectionView> visible(ObjectionStatus status, boolean overdueOnly) {
        return reader.visible(status, overdueOnly);
    }

    /** The city office's overview: every tenant's objections, optionally only those in one status, or overdue. */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public List<ObjectionView> all(ObjectionStatus status, boolean overdueOnly) {
        return reader.all(status, overdueOnly);
    }

    /** One objection the caller may read (see {@link #visible}); another tenant's is not found. */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional(readOnly = true)
    public ObjectionView one(long id) {
        return reader.view(reader.readable(id));
    }

    /**
     * One objection, for the city office acting for no tenant (every tenant's and the city's own), and for the
     * platform's own work (no user, no request). Who may read it is {@code @Allowed} alone: this path has no row rule
     * to apply, as the city office reads every objection, so it works without a user where {@code AccessPolicy} lets
     * background work through, and refuses every web caller but the city office.
     */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public ObjectionView oneAsCity(long id) {
        return reader.view(reader.any(id));
    }

    /**
     * What the examiner decides. {@code correction} only when upholding a record with {@code CORRECTED};
     * {@code listCorrection} only when upholding an objection to a severe-list entry with {@code CORRECTED}.
     */
    public record Decision(Boolean upheld, String reason, ObjectionOutcome outcome,
                           CreditRecordObjections.Correction correction, SevereList.Correction listCorrection) {

        public Decision(Boolean upheld, String reason, ObjectionOutcome outcome,
                        CreditRecordObjections.Correction correction) {
            this(upheld, reason, outcome, correction, null);
        }
    }

    /**
     * The record's owner decides: upheld — the record is revoked ({@code REVOKED}, the default) or corrected
     * ({@code CORRECTED}); for a repair result, the record's publicity ends by repair — or rejected with reasons (the
     * record stands and takes effect again). The subject reads the decision in its portal.
     *
     * @throws NotFoundException     if the caller may not read the objection
     * @throws ForbiddenException    if the caller may read it but does not examine it (only the examiner decides)
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     if it was decided already, or a repair is not possible yet
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional
    public ObjectionView decide(long id, Decision decision, ObjectionExaminer examiner) {
        return decisions.decided(reader.readable(id), decision, examiner, false);
    }

    /**
     * The city office decides an objection it examines: to a record the city itself recorded (a city department's: no
     * owning tenant), acting for no tenant, or to a severe-dishonesty list entry (it decided the inclusion; upheld, the
     * subject leaves the list), written in the proposing tenant's trail like every step of the list. The same rules
     * as {@link #decide}. Any other tenant's objection: 403 (its owner decides). The examiner is the signed-in city
     * office, or the platform's named background work (which {@code @Allowed} lets through outside a request).
     */
    @Allowed(Permission.CITY_OFFICE)
    public ObjectionView decideAsCity(long id, Decision decision, ObjectionExaminer examiner) {
        Objection found = objections.findById(id).orElseThrow(() -> ObjectionChecks.unknown(id));
        if (found.listEntry()) {
            return cityWrites.inTenant(new TenantId(found.ownerTenant()),
                    () -> decisions.decided(reader.any(id), decision, examiner, true));
        }
        // written as the city (no tenant): the archive's owner paths and the city's audit chain
        return cityWrites.write(() -> decisions.decided(reader.any(id), decision, examiner, true));
    }
}
