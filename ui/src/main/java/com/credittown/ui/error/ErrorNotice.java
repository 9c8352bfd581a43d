package com.credittown.ui.error;

import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.DatabaseUnavailable;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a page says when an action fails with an exception no view caught: the same classes of answer the REST
 * layer gives (ProblemResponses), as a message key and its argument. Unexpected failures get a reference the
 * log line carries, never the exception's text.
 */
record ErrorNotice(String key, String argument, boolean unexpected) {

    static ErrorNotice of(Throwable failure) {
        if (DatabaseUnavailable.causedBy(failure)) {
            return new ErrorNotice("error.databaseUnavailable", "", false);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ErrorNotice known = known(cause);
            if (known != null) {
                return known;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new ErrorNotice("error.unexpected", UUID.randomUUID().toString().substring(0, 8), true);
    }

    private static ErrorNotice known(Throwable cause) {
        if (cause instanceof InvalidInputException invalid) {
            return new ErrorNotice("error.invalid", invalid.errors().stream().limit(3)
                    .map(problem -> problem.field() + ": " + problem.message())
                    .collect(Collectors.joining("; ")), false);
        }
        if (cause instanceof NotFoundException) { // an unknown tenant too
            return new ErrorNotice("error.notFound", "", false);
        }
        if (cause instanceof FlowableOptimisticLockingException) {
            return new ErrorNotice("error.changedMeanwhile", "", false);
        }
        if (cause instanceof ConflictException || cause instanceof ForbiddenException) {
            return new ErrorNotice("error.refused", cause.getMessage(), false);
        }
        if (cause instanceof AccessDeniedException) {
            return new ErrorNotice("error.notAllowed", "", false);
        }
        return null;
    }
}
