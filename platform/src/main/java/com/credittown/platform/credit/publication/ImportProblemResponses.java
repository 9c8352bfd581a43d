package com.credittown.platform.credit.publication;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The import's own answers: a file over the limit (413) and a full import queue (503), as problem+json. */
@RestControllerAdvice(assignableTypes = DoublePublicityImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemResponses {

    @ExceptionHandler(ImportFileTooLargeException.class)
    ProblemDetail tooLarge(ImportFileTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("File too large");
        return problem;
    }

    @ExceptionHandler(ImportsBusyException.class)
    ProblemDetail busy(ImportsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Imports busy");
        return problem;
    }
}
