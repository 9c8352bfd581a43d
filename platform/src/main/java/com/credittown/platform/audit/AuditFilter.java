package com.credittown.platform.audit;

import java.time.LocalDate;

/**
 * What the audit viewer asks for; every part is optional ({@code null} or blank: no condition).
 *
 * @param tenant      the chain to read (a tenant's code, or {@link ChainedEntry#CITY}); only the city office chooses,
 *                    an administrator always reads its own tenant's
 * @param subjectType the kind of thing audited, e.g. {@code credit-subject}, {@code case}
 * @param subjectId   the audited thing's id, e.g. a credit subject's id
 * @param caseId      a case (its process instance id): the entries written about the case itself (subject type
 *                    {@code case}, e.g. its attachments)
 * @param actor       the user (or {@code system}) who acted
 * @param from        the first day (city time), inclusive
 * @param to          the last day (city time), inclusive
 */
public record AuditFilter(String tenant, String subjectType, String subjectId, String caseId, String actor,
                          LocalDate from, LocalDate to) {

    /** The type of the entries written about a case itself. */
    public static final String CASE = "case";
}
