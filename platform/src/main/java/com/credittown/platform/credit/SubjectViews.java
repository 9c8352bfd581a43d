package com.credittown.platform.credit;

import com.credittown.platform.credit.person.NaturalPersons;
import org.springframework.stereotype.Component;

/**
 * The one place a subject becomes what a caller sees. A natural person's ID number and name are masked unless the
 * current user is an authorised reader, whose read is then written to the security log (see
 * {@link NaturalPersons#show}); callers must therefore not run this in a read-only transaction.
 */
@Component
class SubjectViews {

    private final NaturalPersons persons;

    SubjectViews(NaturalPersons persons) {
        this.persons = persons;
    }

    SubjectView of(CreditSubject subject) {
        if (subject.kind() != SubjectKind.NATURAL_PERSON) {
            return view(subject, subject.code(), subject.name());
        }
        NaturalPersons.Shown person = persons.show(subject.id(), subject.name());
        return view(subject, person.idNumber(), person.name());
    }

    private static SubjectView view(CreditSubject subject, String code, String name) {
        return new SubjectView(subject.id(), subject.kind(), code, name, subject.tags(), subject.grade(),
                subject.score(), subject.createdAt(), subject.registeredBy());
    }
}
