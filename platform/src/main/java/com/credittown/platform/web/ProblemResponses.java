package com.credittown.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error a client can cause into problem+json (RFC 9457), and every other error into a plain
 * 500 problem without internals. No stack trace ever reaches a client.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    static final String DATABASE_UNAVAILABLE_DETAIL = "The database cannot be reached at the moment. Please send the "
            + "same request again in a few seconds (with the same Idempotency-Key, if it creates something).";

    private final MultipartProperties multipart;

    ProblemResponses(org.springframework.beans.factory.ObjectProvider<MultipartProperties> multipart) {
        this.multipart = multipart.getIfAvailable(MultipartProperties::new);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(e.title());
        return problem;
    }

    /** At most this many problems are listed (a body with 100,000 unknown fields gets a short answer). */
    static final int MAX_LISTED_PROBLEMS = 20;

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        List<FieldProblem> listed = e.errors().stream().limit(MAX_LISTED_PROBLEMS).toList();
        int more = e.errors().size() - listed.size();
        String detail = more == 0 ? e.getMessage() : listed.stream().limit(5)
                .map(error -> error.field() + ": " + error.message())
                .collect(java.util.stream.Collectors.joining("; ")) + "; and " + (e.errors().size() - 5)
                + " more problems";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", listed.stream()
                .map(error -> Map.of("field", error.field(), "code", error.code(), "message", error.message()))
                .toList());
        if (more > 0) {
            problem.setProperty("errorCount", e.errors().size());
        }
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbiddenWithReason(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(e.title());
        return problem;
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You may not do this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    /** Someone (or a deadline timer) changed the same case at the same moment: nothing was saved. */
    @ExceptionHandler(org.flowable.common.engine.api.FlowableOptimisticLockingException.class)
    ProblemDetail concurrentChange(org.flowable.common.engine.api.FlowableOptimisticLockingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The case was changed at the same moment by someone else or by a deadline; nothing was saved. "
                        + "Please reload and try again.");
        problem.setTitle("Changed meanwhile");
        return problem;
    }

    /**
     * A multipart body that cannot be parsed (no boundary, cut off before its closing boundary, malformed headers):
     * the client's fault, not the server's. A body over the size limits is answered 413 below.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return uploadTooLarge(tooLarge);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The multipart/form-data"
                + " body could not be read: it needs the boundary named in its Content-Type, each part with a"
                + " Content-Disposition header, and the closing boundary (--boundary--) at its end.");
        problem.setTitle("Malformed multipart body");
        problem.setProperty("errors", List.of(Map.of("field", "body", "code", "malformed-multipart",
                "message", problem.getDetail())));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(uploadTooLarge(e));
    }

    private ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is too"
                + " large: this server accepts files of at most " + megabytes(multipart.getMaxFileSize())
                + " and requests of at most " + megabytes(multipart.getMaxRequestSize())
                + " (spring.servlet.multipart.max-file-size, max-request-size); split the file.");
        problem.setTitle("Upload too large");
        return problem;
    }

    private static String megabytes(org.springframework.util.unit.DataSize size) {
        return size == null || size.toBytes() < 0 ? "an unlimited size" : size.toMegabytes() + " MB";
    }

    /** The one answer while the database cannot be reached (also written by {@link DatabaseUnavailableFilter}). */
    static ProblemDetail databaseUnavailable(String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                DATABASE_UNAVAILABLE_DETAIL);
        problem.setTitle("Database unavailable");
        try {
            problem.setInstance(java.net.URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // answered without the instance
        }
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DATABASE_RETRY_AFTER_SECONDS))
                    .body(databaseUnavailable(request.getRequestURI()));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. The error has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput(new InvalidInputException(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput(new InvalidInputException(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(JsonBodyProblems.explain(e));
    }
}
