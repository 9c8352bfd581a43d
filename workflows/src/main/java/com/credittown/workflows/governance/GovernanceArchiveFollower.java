package com.credittown.workflows.governance;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectRosters;
import com.credittown.platform.time.PlatformClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Keeps the current tenant's governance ledger in step with the city-wide archive: a market entity with a severe record
 * of the tenant's in publicity enters (or its records are updated); an entity on the ledger with none any more leaves
 * with the day. Either the whole roster at once (an officer's refresh) or one subject after an archive change (the
 * import's hot path: one subject's records and its one open entry, not the roster). Runs in the caller's transaction;
 * the callers ({@link GovernanceLedger}) hold the permissions.
 */
@Component
class GovernanceArchiveFollower {

    private final LedgerEntries entries;
    private final SubjectRosters rosters;
    private final AuditLog audit;
    private final PlatformClock clock;

    GovernanceArchiveFollower(LedgerEntries entries, SubjectRosters rosters, AuditLog audit, PlatformClock clock) {
        this.entries = entries;
        this.rosters = rosters;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole roster: every severe market entity enters or is updated, every entry without one leaves. */
    void followAll(String actor) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, LedgerEntry> open = entries.findByStatus(EntryStatus.IN_LEDGER).stream()
                .collect(Collectors.toMap(LedgerEntry::subjectId, Function.identity(), (a, b) -> a));
        for (SubjectRosters.SevereStanding standing : rosters.severeSubjects()) {
            if (standing.subject().kind() != SubjectKind.MARKET_ENTITY) {
                continue; // the plan's ledger is of market entities (市场主体)
            }
            follow(standing, open.remove(standing.subject().id()), today, actor);
        }
        for (LedgerEntry left : open.values()) {
            exit(left, today, actor);
        }
    }

    /** One subject only: reads its severe records and its open entry, nothing of the rest of the roster. */
    void followOne(long subjectId, String actor) {
        LocalDate today = LocalDate.now(clock);
        LedgerEntry entry = entries.findBySubjectIdAndStatus(subjectId, EntryStatus.IN_LEDGER).stream()
                .findFirst().orElse(null);
        SubjectRosters.SevereStanding standing = rosters.severeStanding(subjectId)
                .filter(s -> s.subject().kind() == SubjectKind.MARKET_ENTITY).orElse(null);
        if (standing != null) {
            follow(standing, entry, today, actor);
        } else if (entry != null) {
            exit(entry, today, actor);
        }
    }

    private void follow(SubjectRosters.SevereStanding standing, LedgerEntry entry, LocalDate today, String actor) {
        LedgerEntry.Standing now = standingOf(standing.records());
        if (entry == null) {
            entry = entries.save(new LedgerEntry(standing.subject().id(), standing.subject().code(),
                    standing.subject().name(), today, now, clock.instant(), actor));
            audit.record(actor, "GOVERNANCE_LEDGER_ENTERED", GovernanceLedger.AUDIT_SUBJECT, entry.id().toString(),
                    "subject " + entry.subjectId() + " entered the ledger: " + now.basisRecords());
        } else if (entry.differsFrom(now)) {
            entry.refresh(now, clock.instant(), actor);
            audit.record(actor, "GOVERNANCE_LEDGER_UPDATED", GovernanceLedger.AUDIT_SUBJECT, entry.id().toString(),
                    "records now: " + now.basisRecords());
        }
    }

    private void exit(LedgerEntry left, LocalDate today, String actor) {
        left.exit(today, clock.instant(), actor);
        audit.record(actor, "GOVERNANCE_LEDGER_EXITED", GovernanceLedger.AUDIT_SUBJECT, left.id().toString(),
                "subject " + left.subjectId() + " left the ledger: no severe record of the tenant's in publicity any"
                        + " more");
    }

    private static LedgerEntry.Standing standingOf(List<RecordView> records) {
        String described = records.stream().map(r -> r.title() + "（" + r.department() + "，" + r.decisionDate() + "，"
                + switch (r.kind()) {
                    case SEVERE_LIST -> "列入严重失信主体名单";
                    case PENALTY -> "严重行政处罚";
                    default -> "严重失信记录";
                } + "）").collect(Collectors.joining("；"));
        if (described.length() > GovernanceLedger.MAX_TEXT) {
            described = described.substring(0, GovernanceLedger.MAX_TEXT - 1) + "…";
        }
        String ids = records.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
        if (ids.length() > 500) {
            ids = ids.substring(0, 500);
        }
        return new LedgerEntry.Standing(described, ids,
                records.stream().anyMatch(r -> r.kind() == RecordKind.SEVERE_LIST));
    }
}
