package com.credittown.platform.credit;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the current tenant's credit records for reports such as the assessment ledger, typed so that a
 * caller outside this package needs neither the entity nor its JPQL name. Runs in the caller's tenant context.
 */
@Component
public class CreditRecordFigures {

    private final CreditRecords records;

    CreditRecordFigures(CreditRecords records) {
        this.records = records;
    }

    /**
     * Subjects with a severe dishonesty record (严重失信) decided before {@code day} whose publicity had not ended
     * by {@code at}.
     */
    @Transactional(readOnly = true)
    public long subjectsInSevereDishonestyPublicity(LocalDate day, Instant at) {
        return records.countSubjectsInPublicity(RecordKind.DISHONESTY, Severity.SEVERE, day, at);
    }
}
