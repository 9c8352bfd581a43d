package com.credittown.platform.credit;

import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccCheck;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a registration refused for its unified social credit code tells the code clean-up (重错码清理, plan (二)): a
 * wrong code (错码) and one code under another name (重码), each reported on its own ({@link SubjectCodeReported}) while
 * the registration itself rolls back. Part of {@link CreditSubjectRegistry}.
 */
@Component
class SubjectCodeProblems {

    private final ApplicationEventPublisher events;

    SubjectCodeProblems(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Reports a registration refused for its code's format or check character (错码). */
    void reportWrongCode(NewSubject request, String actor) {
        if (request.kind() == null || request.kind() == SubjectKind.NATURAL_PERSON || request.code() == null) {
            return;
        }
        UsccCheck check = Uscc.check(request.code());
        if (check.isValid()) {
            return;
        }
        TenantContext.current().ifPresent(tenant -> events.publishEvent(new SubjectCodeReported(
                SubjectCodeReported.Problem.WRONG_CODE, SubjectCodeReported.Source.REGISTRATION, tenant.code(), null,
                request.code().strip(), check.message().orElse("invalid"), request.name(), null, null,
                "registration", actor, true)));
    }

    /**
     * The refusal of a second registration of a code, naming the subject to use; under another name (重码) the
     * difference is said precisely and reported, never overwritten.
     */
    ConflictException alreadyRegistered(NewSubject request, Uscc code, CreditSubject existing, String actor) {
        String registered = "A credit subject with the code " + code + " is already registered in the city's"
                + " archive: subject " + existing.id() + " (" + existing.name() + ")";
        if (SubjectNames.same(existing.name(), request.name())) {
            return new ConflictException(registered);
        }
        String given = request.name().strip();
        TenantContext.current().ifPresent(tenant -> events.publishEvent(new SubjectCodeReported(
                SubjectCodeReported.Problem.NAME_CONFLICT, SubjectCodeReported.Source.REGISTRATION, tenant.code(),
                null, code.value(), "registered as '" + given + "', the archive's subject is '" + existing.name()
                + "'", given, existing.id(), existing.name(), "registration", actor, true)));
        return new ConflictException(registered + ". This registration names it '" + given + "', which differs"
                + " from the archive's name: the archive is unchanged and the difference is recorded in the"
                + " code clean-up report (重错码清理) to be checked with the source.");
    }
}
