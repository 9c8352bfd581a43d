package com.credittown.ui.city;

import com.credittown.workflows.ledger.LedgerPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods the dashboard offers: the last 12 months, 8 quarters or 5 years up to today, newest first. */
enum PeriodChoices {
    MONTH, QUARTER, YEAR;

    List<LedgerPeriod> upTo(LocalDate today) {
        List<LedgerPeriod> periods = new ArrayList<>();
        switch (this) {
            case MONTH -> {
                for (int i = 0; i < 12; i++) {
                    LocalDate month = today.minusMonths(i);
                    periods.add(LedgerPeriod.parse(String.format("%d-%02d", month.getYear(), month.getMonthValue())));
                }
            }
            case QUARTER -> {
                for (int i = 0; i < 8; i++) {
                    LocalDate quarter = today.minusMonths(3L * i);
                    periods.add(LedgerPeriod.parse(quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1)));
                }
            }
            case YEAR -> {
                for (int i = 0; i < 5; i++) {
                    periods.add(LedgerPeriod.parse(Integer.toString(today.getYear() - i)));
                }
            }
        }
        return periods;
    }

    /** The kind of a period code: 2025-09, 2025-Q3 or 2025. */
    static PeriodChoices of(LedgerPeriod period) {
        return period.code().contains("Q") ? QUARTER : period.code().length() == 4 ? YEAR : MONTH;
    }
}
