package com.credittown.workflows.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which dishonesty records keep a report from standing in for a no-violation certificate. */
class ActiveDishonestyUnitTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 11, 27);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 26);

    @Test
    void aRecordInPublicityDuringThePeriodCounts() {
        assertThat(CreditReports.activeIn(record(RecordKind.DISHONESTY, LocalDate.of(2025, 1, 1), null, null),
                FIRST, LAST)).isTrue();
        // decided before the period, publicity still running into it
        assertThat(CreditReports.activeIn(record(RecordKind.DISHONESTY, LocalDate.of(2022, 1, 1), null, null),
                FIRST, LAST)).isTrue();
        // publicity ended (repaired) inside the period: it was active in part of it
        assertThat(CreditReports.activeIn(record(RecordKind.DISHONESTY, LocalDate.of(2022, 1, 1),
                Instant.parse("2024-03-01T02:00:00Z"), null), FIRST, LAST)).isTrue();
    }

    @Test
    void recordsEndedBeforeThePeriodLaterOnesAndOtherKindsDoNot() {
        // publicity ended at 23:59 the day before the period began (city time)
        assertThat(CreditReports.activeIn(record(RecordKind.DISHONESTY, LocalDate.of(2021, 1, 1),
                Instant.parse("2023-11-26T15:59:00Z"), null), FIRST, LAST)).isFalse();
        // archived without a recorded publicity end, before the period
        assertThat(CreditReports.activeIn(record(RecordKind.DISHONESTY, LocalDate.of(2021, 1, 1), null,
                Instant.parse("2023-01-01T00:00:00Z")), FIRST, LAST)).isFalse();
        assertThat(CreditReports.activeIn(record(RecordKind.DISHONESTY, LAST.plusDays(1), null, null), FIRST, LAST))
                .isFalse();
        assertThat(CreditReports.activeIn(record(RecordKind.PENALTY, LocalDate.of(2025, 1, 1), null, null),
                FIRST, LAST)).isFalse();
    }

    private static RecordView record(RecordKind kind, LocalDate decided, Instant publicityEnded, Instant archived) {
        RecordState state = archived != null ? RecordState.ARCHIVED
                : publicityEnded != null ? RecordState.PUBLICITY_ENDED : RecordState.PUBLISHED;
        return new RecordView(1, 1, kind, Severity.GENERAL, "市场监督管理局", decided, "《条例》第一条", "事项", null, state,
                null, Instant.parse("2020-01-01T00:00:00Z"), "officer", null, publicityEnded, null, archived);
    }
}
