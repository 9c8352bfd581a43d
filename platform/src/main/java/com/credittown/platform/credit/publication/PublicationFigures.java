package com.credittown.platform.credit.publication;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the current tenant's 双公示 entries for reports such as the assessment ledger, typed so that a caller
 * outside this package needs neither the entity nor its JPQL name. Runs in the caller's tenant context.
 */
@Component
public class PublicationFigures {

    private final DoublePublicityEntries entries;

    PublicationFigures(DoublePublicityEntries entries) {
        this.entries = entries;
    }

    /** The entries of the decisions dated from {@code from} (inclusive) to {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public Decided decidedBetween(LocalDate from, LocalDate until) {
        return new Decided(entries.countByDecisionDateGreaterThanEqualAndDecisionDateLessThan(from, until),
                entries.countByOnTimeTrueAndDecisionDateGreaterThanEqualAndDecisionDateLessThan(from, until),
                entries.sumWorkingDaysOfDecisionsBetween(from, until));
    }

    /**
     * @param entries     published entries
     * @param onTime      of them, published within the configured working days of the decision
     * @param workingDays the working days from decision to publication, summed over the entries
     */
    public record Decided(long entries, long onTime, long workingDays) {
    }
}
