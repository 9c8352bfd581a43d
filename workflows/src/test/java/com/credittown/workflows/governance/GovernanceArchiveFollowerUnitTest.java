package com.credittown.workflows.governance;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.SubjectRosters;
import com.credittown.platform.time.PlatformClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An archive change is followed for its subject alone: the import's hot path (thousands of severe records, each a
 * {@code CreditRecordChanged}) must not re-read the tenant's whole roster or every open entry per change.
 */
class GovernanceArchiveFollowerUnitTest {

    private final LedgerEntries entries = mock(LedgerEntries.class);
    private final SubjectRosters rosters = mock(SubjectRosters.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final GovernanceArchiveFollower follower = new GovernanceArchiveFollower(entries, rosters, audit,
            new PlatformClock());

    @Test
    void aChangeOfOneSubjectReadsThatSubjectOnlyAndItsEntryLeavesWhenNoSevereRecordIsLeft() {
        LedgerEntry open = mock(LedgerEntry.class);
        when(open.id()).thenReturn(7L);
        when(open.subjectId()).thenReturn(42L);
        when(entries.findBySubjectIdAndStatus(42L, EntryStatus.IN_LEDGER)).thenReturn(List.of(open));
        when(rosters.severeStanding(42L)).thenReturn(Optional.empty());

        follower.followOne(42L, AuditLog.SYSTEM);

        verify(open).exit(any(), any(), eq(AuditLog.SYSTEM));
        verify(audit).record(eq(AuditLog.SYSTEM), eq("GOVERNANCE_LEDGER_EXITED"), eq(GovernanceLedger.AUDIT_SUBJECT),
                eq("7"), anyString());
        verify(rosters, never()).severeSubjects();
        verify(entries, never()).findByStatus(any());
        verify(entries, never()).findAllByOrderByStatusAscEnteredOnDescIdDesc();
    }

    @Test
    void aChangeOfASubjectNotOnTheLedgerAndWithoutSevereRecordsWritesNothing() {
        when(entries.findBySubjectIdAndStatus(anyLong(), any())).thenReturn(List.of());
        when(rosters.severeStanding(5L)).thenReturn(Optional.empty());

        follower.followOne(5L, AuditLog.SYSTEM);

        verify(entries, never()).save(any());
        verify(audit, never()).record(anyString(), anyString(), anyString(), anyString(), anyString());
        verify(rosters, never()).severeSubjects();
    }

    @Test
    void anOfficersRefreshStillReadsTheWholeRoster() {
        when(entries.findByStatus(EntryStatus.IN_LEDGER)).thenReturn(List.of());
        when(rosters.severeSubjects()).thenReturn(List.of());

        follower.followAll("officer");

        verify(rosters).severeSubjects();
        verify(rosters, never()).severeStanding(anyLong());
    }
}
