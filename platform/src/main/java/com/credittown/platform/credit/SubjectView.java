package com.credittown.platform.credit;

import com.credittown.platform.credit.grade.Grade;
import java.time.Instant;
import java.util.List;

/** A credit subject as shown to callers, with its current grade and score. */
public record SubjectView(long id, SubjectKind kind, String code, String name, List<String> tags, Grade grade,
                          int score, Instant createdAt) {

    static SubjectView of(CreditSubject subject) {
        return new SubjectView(subject.id(), subject.kind(), subject.code(), subject.name(), subject.tags(),
                subject.grade(), subject.score(), subject.createdAt());
    }
}
