package com.credittown.platform.credit.severelist;

import static com.credittown.platform.credit.severelist.ListEntryReader.unknown;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The city office corrects a published list entry (更正), on its own motion or because an objection to it was upheld
 * in part: the entry's department, grounds, basis or listed period become the corrected ones, a corrected list record
 * replaces the entry's record in the archive (a record is never changed in place; the replaced one keeps the facts
 * as they were), the subject is regraded, and the step is audited on the entry with what changed. Written in the
 * proposing tenant's trail and archive, like every step of the list.
 */
@Component
class ListCorrections {

    private static final int MAX_DEPARTMENT = 100;
    private static final int MAX_BASIS = 500;

    private final SevereListEntries entries;
    private final CreditListings listings;
    private final SevereListSettings settings;
    private final AuditLog audit;
    private final CityWrites cityWrites;
    private final PlatformClock clock;
    private final ListEntryReader reader;

    ListCorrections(SevereListEntries entries, CreditListings listings, SevereListSettings settings, AuditLog audit,
                    CityWrites cityWrites, PlatformClock clock, ListEntryReader reader) {
        this.entries = entries;
        this.listings = listings;
        this.settings = settings;
        this.audit = audit;
        this.cityWrites = cityWrites;
        this.clock = clock;
        this.reader = reader;
    }

    /** A direct correction: its own transaction in the proposing tenant's context. */
    ListEntryView correct(long entryId, SevereList.Correction correction, String reason, String actor) {
        SevereListEntry found = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
        List<FieldProblem> problems = problems(found, correction);
        ListEntryReader.text(problems, "reason", reason, SevereList.MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            if (entry.status() == ListingStatus.LISTED
                    && !listings.underObjection(List.of(entry.recordId())).isEmpty()) {
                throw new ConflictException("List entry " + entryId + " is under objection (异议处理中): correct it"
                        + " through the objection's decision (upheld, CORRECTED)");
            }
            apply(entry, correction, reason.strip(), null, actor);
            return reader.view(entry);
        });
    }

    /**
     * An upheld objection corrects the listed entry whose record is {@code recordId}: runs in the objection's
     * transaction, in the proposing tenant's context; the replaced record ends REVOKED_ON_OBJECTION.
     *
     * @return the corrected record's id
     * @throws InvalidInputException (fields {@code listCorrection}, {@code listCorrection.*}) for a correction that
     *                               changes nothing or is invalid
     * @throws ConflictException     if the entry is no longer listed (its period ended while examined)
     */
    long correctOnObjection(long recordId, long objectionId, SevereList.Correction correction, String reason,
                            String actor) {
        SevereListEntry entry = entries.findByRecordId(recordId).orElseThrow(() -> new ConflictException(
                "Credit record " + recordId + " is not the record of a severe-dishonesty list entry"));
        if (entry.status() != ListingStatus.LISTED) {
            throw new ConflictException("List entry " + entry.id() + " is " + entry.status() + ": only a listed"
                    + " entry is corrected; decide the objection by revoking or rejecting it");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldProblem p : problems(entry, correction)) {
            problems.add(new FieldProblem("listCorrection" + (p.field().equals("correction") ? ""
                    : "." + p.field()), p.code(), p.message()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return apply(entry, correction, reason, objectionId, actor);
    }

    private long apply(SevereListEntry entry, SevereList.Correction c, String reason, Long objectionId,
                       String actor) {
        ListEntryView before = reader.view(entry);
        String department = pick(c.department(), before.department());
        String grounds = pick(c.grounds(), before.grounds());
        String legalBasis = pick(c.legalBasis(), before.legalBasis());
        LocalDate until = c.listedUntil() == null ? before.listedUntil() : c.listedUntil();
        long replaced = entry.recordId();
        // the corrected record first, then the entry points at it, then the replaced record ends: the entry is never
        // without a record in publicity, and the end of the replaced one is not taken for the end of the period
        RecordView corrected = listings.list(entry.subjectId(), entry.proposerTenant(), department,
                "列入严重失信主体名单", legalBasis, grounds, before.listedFrom(), until, actor);
        String note = (objectionId == null ? "更正" : "异议成立（更正）objection " + objectionId) + ": " + reason;
        entry.correct(department, grounds, legalBasis, until, corrected.id(), clip(note), clock.instant(), actor);
        entries.flush();
        listings.replaceCorrected(replaced, corrected.id(), objectionId, reason, actor);
        audit.record(actor, "SEVERE_LIST_CORRECTED", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                "corrected (record " + replaced + " replaced by " + corrected.id() + ")"
                        + changed("department", before.department(), department)
                        + changed("grounds", before.grounds(), grounds)
                        + changed("legal basis", before.legalBasis(), legalBasis)
                        + changed("listed until", String.valueOf(before.listedUntil()), String.valueOf(until))
                        + ": " + note);
        return corrected.id();
    }

    private List<FieldProblem> problems(SevereListEntry entry, SevereList.Correction c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c == null || (blank(c.department()) && blank(c.grounds()) && blank(c.legalBasis())
                && c.listedUntil() == null)) {
            problems.add(new FieldProblem("correction", "required", "a correction names the corrected department,"
                    + " grounds, legal basis or listed period (listedUntil)"));
            return problems;
        }
        tooLong(problems, "department", c.department(), MAX_DEPARTMENT);
        tooLong(problems, "grounds", c.grounds(), SevereList.MAX_TEXT);
        tooLong(problems, "legalBasis", c.legalBasis(), MAX_BASIS);
        LocalDate today = LocalDate.now(clock);
        if (c.listedUntil() != null && !c.listedUntil().isAfter(today)) {
            problems.add(new FieldProblem("listedUntil", "invalid", "the corrected listed period must end after"
                    + " today, " + today + " (to end it now, remove the subject from the list)"));
        } else if (c.listedUntil() != null && entry.listedFrom() != null
                && c.listedUntil().isAfter(entry.listedFrom().plus(settings.maxListedPeriod()))) {
            problems.add(new FieldProblem("listedUntil", "invalid", "the listed period may last at most "
                    + settings.maxListedPeriod() + " (the city's setting) from " + entry.listedFrom() + ": until "
                    + entry.listedFrom().plus(settings.maxListedPeriod()) + " at the latest"));
        }
        if (problems.isEmpty() && entry.status() == ListingStatus.LISTED) {
            ListEntryView now = reader.view(entry);
            boolean same = Objects.equals(pick(c.department(), now.department()), now.department())
                    && Objects.equals(pick(c.grounds(), now.grounds()), now.grounds())
                    && Objects.equals(pick(c.legalBasis(), now.legalBasis()), now.legalBasis())
                    && (c.listedUntil() == null || c.listedUntil().equals(now.listedUntil()));
            if (same) {
                problems.add(new FieldProblem("correction", "unchanged", "the correction changes nothing: the entry"
                        + " already says this"));
            }
        }
        if (entry.status() != ListingStatus.LISTED && problems.isEmpty()) {
            throw new ConflictException("Cannot correct list proposal " + entry.id() + ": it is " + entry.status()
                    + ", and only a LISTED entry is corrected (a different listing needs a new proposal)");
        }
        return problems;
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (!blank(value) && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " is longer than " + max + " characters"));
        }
    }

    private static String changed(String what, String before, String after) {
        return Objects.equals(before, after) ? "" : "; " + what + " '" + before + "' → '" + after + "'";
    }

    private static String pick(String given, String current) {
        return blank(given) ? current : given.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String note) {
        return note.length() <= SevereList.MAX_TEXT ? note : note.substring(0, SevereList.MAX_TEXT - 1) + "…";
    }
}
