package com.credittown.workflows.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A notice's status: open until its due day, overdue after it, handled on time or late by the handling day. */
class SupervisionNoticeUnitTest {

    private static final LocalDate SENT = LocalDate.of(2025, 9, 26);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 28);

    @Test
    void openNoticesTurnOverdueTheDayAfterTheDueDay() {
        SupervisionNotice notice = notice();
        assertThat(notice.status(DUE)).isEqualTo(SupervisionStatus.SENT);
        assertThat(notice.status(DUE.plusDays(1))).isEqualTo(SupervisionStatus.OPEN_OVERDUE);
    }

    @Test
    void aReportOnTheDueDayIsOnTimeTheDayAfterLateAndOnlyOneReportIsFiled() {
        SupervisionNotice onTime = notice();
        onTime.handled("已办理", "李四", "officer", DUE, Instant.parse("2025-09-28T15:59:00Z"));
        assertThat(onTime.status(DUE.plusDays(10))).isEqualTo(SupervisionStatus.HANDLED_ON_TIME);

        SupervisionNotice late = notice();
        late.handled("已办理", "李四", "officer", DUE.plusDays(1), Instant.parse("2025-09-28T16:00:00Z"));
        assertThat(late.status(DUE.plusDays(1))).isEqualTo(SupervisionStatus.HANDLED_LATE);
        assertThatThrownBy(() -> late.handled("再次", "王五", "officer", DUE.plusDays(2), Instant.now()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(late.report()).isEqualTo("已办理");
    }

    private static SupervisionNotice notice() {
        return new SupervisionNotice(SupervisionKind.NOTICE, "报送材料通知", "请报送。", 1, SENT,
                Instant.parse("2025-09-26T02:00:00Z"), "city.office", Deadline.on(DUE));
    }
}
