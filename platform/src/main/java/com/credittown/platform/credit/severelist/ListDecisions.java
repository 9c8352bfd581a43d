package com.credittown.platform.credit.severelist;

import static com.credittown.platform.credit.severelist.ListEntryReader.text;
import static com.credittown.platform.credit.severelist.ListEntryReader.unknown;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.CreditRecordChanged;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The city office's steps on the list: the inclusion decision, removal with its reason, removal because an objection
 * to the entry was upheld, and the entry following the end of its listed period. Written in the proposing tenant's
 * trail and archive (it owns the entry).
 */
@Component
class ListDecisions {

    private final SevereListEntries entries;
    private final CreditListings listings;
    private final SevereListSettings settings;
    private final AuditLog audit;
    private final CityWrites cityWrites;
    private final PlatformClock clock;
    private final ListEntryReader reader;

    ListDecisions(SevereListEntries entries, CreditListings listings, SevereListSettings settings, AuditLog audit,
                  CityWrites cityWrites, PlatformClock clock, ListEntryReader reader) {
        this.entries = entries;
        this.listings = listings;
        this.settings = settings;
        this.audit = audit;
        this.cityWrites = cityWrites;
        this.clock = clock;
        this.reader = reader;
    }

    ListEntryView decide(long entryId, SevereList.Decision decision, String actor) {
        SevereListEntry found = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.include() == null) {
            problems.add(new FieldProblem("include", "required", "say whether the subject is included"));
        }
        text(problems, "reason", decision.reason(), SevereList.MAX_TEXT);
        LocalDate until = decision.listedUntil() == null ? today.plus(settings.listedPeriod())
                : decision.listedUntil();
        if (Boolean.TRUE.equals(decision.include()) && !until.isAfter(today)) {
            problems.add(new FieldProblem("listedUntil", "invalid", "the listed period must end after today, "
                    + today));
        } else if (Boolean.TRUE.equals(decision.include()) && until.isAfter(today.plus(settings.maxListedPeriod()))) {
            problems.add(new FieldProblem("listedUntil", "invalid", "the listed period may last at most "
                    + settings.maxListedPeriod() + " (the city's setting): until " + today.plus(
                    settings.maxListedPeriod()) + " at the latest"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            entry.requireDecidable(today);
            String reason = decision.reason().strip();
            if (decision.include()) {
                ListEntryView current = reader.view(entry);
                RecordView record = listings.list(entry.subjectId(), entry.proposerTenant(), current.department(),
                        "列入严重失信主体名单", current.legalBasis(), current.grounds(), today, until, actor);
                entry.list(today, until, record.id(), reason, clock.instant(), actor);
                audit.record(actor, "SEVERE_LIST_INCLUDED", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                        "included until " + until + " (record " + record.id() + "): " + reason);
            } else {
                entry.decline(reason, clock.instant(), actor);
                audit.record(actor, "SEVERE_LIST_DECLINED", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                        "not included: " + reason);
            }
            return reader.view(entry);
        });
    }

    ListEntryView remove(long entryId, RemovalReason reason, String note, String actor) {
        SevereListEntry found = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason == RemovalReason.PERIOD_ENDED) {
            problems.add(new FieldProblem("reason", reason == null ? "required" : "invalid",
                    "give CREDIT_REPAIRED or DECISION_REVOKED: the end of the listed period removes a subject by"
                            + " itself"));
        }
        text(problems, "note", note, SevereList.MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            entry.remove(reason, note.strip(), clock.instant(), actor);
            listings.unlist(entry.recordId(), reason + ": " + note.strip(), actor);
            audit.record(actor, "SEVERE_LIST_REMOVED", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                    "removed (" + reason + "): " + note.strip());
            return reader.view(entry);
        });
    }

    /**
     * An objection to the entry record was upheld: the entry leaves the list (DECISION_REVOKED, the decision and its
     * reason in the note). Runs in the objection's transaction, in the proposing tenant's context; the objection then
     * ends the record (REVOKED_ON_OBJECTION). An entry no longer listed (its period ended while examined) stays as it is.
     */
    void removeOnObjection(long recordId, long objectionId, String reason, String actor) {
        entries.findByRecordId(recordId).filter(e -> e.status() == ListingStatus.LISTED).ifPresent(entry -> {
            String note = "异议成立 objection " + objectionId + ": " + reason;
            entry.remove(RemovalReason.DECISION_REVOKED, note.length() <= SevereList.MAX_TEXT ? note
                    : note.substring(0, SevereList.MAX_TEXT - 1) + "…", clock.instant(), actor);
            audit.record(actor, "SEVERE_LIST_REMOVED", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                    "removed (DECISION_REVOKED): objection " + objectionId + " upheld: " + reason);
        });
    }

    /**
     * The listed period ended: the nightly publicity expiry ended the entry record ({@code PublicityExpiry}, in the
     * owning tenant's context and transaction); the entry follows, audited.
     */
    @EventListener
    void onRecordChanged(CreditRecordChanged changed) {
        if (changed.kind() != RecordKind.SEVERE_LIST || changed.state() != RecordState.PUBLICITY_ENDED) {
            return;
        }
        entries.findByRecordId(changed.recordId()).filter(e -> e.status() == ListingStatus.LISTED)
                .ifPresent(entry -> {
                    entry.remove(RemovalReason.PERIOD_ENDED, "名单期届满 (listed period ended)", clock.instant(),
                            AuditLog.SYSTEM);
                    audit.record(AuditLog.SYSTEM, "SEVERE_LIST_REMOVED", SevereList.AUDIT_SUBJECT,
                            entry.id().toString(), "removed (PERIOD_ENDED): the listed period ended");
                });
    }
}
