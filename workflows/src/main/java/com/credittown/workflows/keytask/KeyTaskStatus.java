package com.credittown.workflows.keytask;

import com.credittown.workflows.form.LocalizedText;
import java.time.LocalDate;
import java.util.Locale;

/** A tenant's copy of a key task as the ledger shows it: the reported state, or OVERDUE once the deadline passed. */
public enum KeyTaskStatus {
    NOT_STARTED("未开始", "Not started"),
    IN_PROGRESS("推进中", "In progress"),
    DONE("已完成", "Done"),
    /** 已逾期: not done, and the deadline (the last day on time) has passed. */
    OVERDUE("已逾期", "Overdue");

    private final LocalizedText label;

    KeyTaskStatus(String labelZh, String labelEn) {
        this.label = new LocalizedText(labelZh, labelEn);
    }

    public String labelZh() {
        return label.zh();
    }

    /** The status as a reader of this language reads it (Chinese by default). */
    public String label(Locale locale) {
        return label.in(locale);
    }

    static KeyTaskStatus of(KeyTaskState state, LocalDate deadline, LocalDate today) {
        if (state == KeyTaskState.DONE) {
            return DONE;
        }
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        return state == KeyTaskState.IN_PROGRESS ? IN_PROGRESS : NOT_STARTED;
    }
}
