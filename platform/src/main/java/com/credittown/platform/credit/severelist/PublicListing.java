package com.credittown.platform.credit.severelist;

import java.time.LocalDate;

/**
 * A subject on the severe-dishonesty list as the public pages show it: no statement, no officer names.
 *
 * @param tenant      the tenant that proposed it (its department decided the underlying records)
 * @param correctedOn the day the city office last corrected the entry (更正), or null
 */
public record PublicListing(String subjectCode, String subjectName, String tenant, String department,
                            String grounds, String legalBasis, LocalDate listedFrom, LocalDate listedUntil,
                            LocalDate correctedOn) {
}
