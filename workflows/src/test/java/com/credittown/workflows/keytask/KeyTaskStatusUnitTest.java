package com.credittown.workflows.keytask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status a key-task copy shows: the reported state until the deadline has passed, DONE whenever reported. */
class KeyTaskStatusUnitTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 10);

    @Test
    void onTheDeadlineItIsStillOnTimeTheDayAfterNotDoneIsOverdue() {
        assertThat(KeyTaskStatus.of(KeyTaskState.NOT_STARTED, DEADLINE, DEADLINE)).isEqualTo(KeyTaskStatus.NOT_STARTED);
        assertThat(KeyTaskStatus.of(KeyTaskState.IN_PROGRESS, DEADLINE, DEADLINE)).isEqualTo(KeyTaskStatus.IN_PROGRESS);
        assertThat(KeyTaskStatus.of(KeyTaskState.NOT_STARTED, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(KeyTaskStatus.OVERDUE);
        assertThat(KeyTaskStatus.of(KeyTaskState.IN_PROGRESS, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(KeyTaskStatus.OVERDUE);
        assertThat(KeyTaskStatus.of(KeyTaskState.DONE, DEADLINE, DEADLINE.plusDays(30))).isEqualTo(KeyTaskStatus.DONE);
        assertThat(KeyTaskStatus.OVERDUE.labelZh()).isEqualTo("已逾期");
    }
}
