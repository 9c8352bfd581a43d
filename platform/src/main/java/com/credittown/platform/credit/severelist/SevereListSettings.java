package com.credittown.platform.credit.severelist;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's settings of the severe-dishonesty list ({@code credittown.credit.severe-list.*}). Neither the city's
 * plan nor the brief fixes these values: they are the city office's choices, shown to users as its settings.
 *
 * @param statementWorkingDays the statement-and-defence period (陈述申辩期) after the prior notice, in working days on
 *                             the city's calendar (default 5)
 * @param listedPeriod         the listed period when the decision names none (default 3 years)
 * @param maxListedPeriod      the longest listed period a decision may give (default 3 years)
 */
@ConfigurationProperties("credittown.credit.severe-list")
record SevereListSettings(@DefaultValue("5") int statementWorkingDays, @DefaultValue("P3Y") Period listedPeriod,
                          @DefaultValue("P3Y") Period maxListedPeriod) {

    SevereListSettings {
        if (statementWorkingDays < 1) {
            throw new IllegalArgumentException("credittown.credit.severe-list.statement-working-days must be at least"
                    + " 1, was " + statementWorkingDays);
        }
        LocalDate probe = LocalDate.of(2000, 1, 1);
        if (!probe.plus(listedPeriod).isAfter(probe) || probe.plus(listedPeriod).isAfter(probe.plus(maxListedPeriod))) {
            throw new IllegalArgumentException("credittown.credit.severe-list: the listed period " + listedPeriod
                    + " must be positive and not longer than the maximum " + maxListedPeriod);
        }
    }
}
