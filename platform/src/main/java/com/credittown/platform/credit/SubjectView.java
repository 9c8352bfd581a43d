package com.credittown.platform.credit;

import com.credittown.platform.credit.grade.Grade;
import java.time.Instant;
import java.util.List;

/**
 * A credit subject as shown to callers, with its current grade and score. Made only by {@link SubjectViews}.
 *
 * @param code the unified social credit code; for a natural person the resident identity card number, masked
 *             (441900********123X) unless the caller is an authorised reader
 * @param name         the name; for a natural person masked (张**) unless the caller is an authorised reader
 * @param registeredBy the tenant that registered it in the city's archive; {@code null} for the city
 */
public record SubjectView(long id, SubjectKind kind, String code, String name, List<String> tags, Grade grade,
                          int score, Instant createdAt, String registeredBy) {
}
