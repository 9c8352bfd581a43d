package com.credittown.workflows.inspection;

import com.credittown.platform.web.RequestLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * A refused sampling-ratio override as problem+json: 422 below the city's ratio, 400 for a missing or out-of-range
 * ratio or an unknown grade; {@code detail} in the request's language, both wordings in {@code messageZh} and
 * {@code messageEn}, and the field named in {@code errors} like every other 400 of the platform.
 */
@RestControllerAdvice(assignableTypes = SamplingRatioController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SamplingRatioProblems {

    @ExceptionHandler(RatioRefused.class)
    ProblemDetail refused(RatioRefused e, WebRequest request) {
        Locale locale = RequestLanguage.of(request.getParameter("lang"),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                e.belowCity() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST,
                Locale.ENGLISH.equals(locale) ? e.en() : e.zh());
        problem.setTitle(e.belowCity() ? "Below the city's sampling ratio" : "Invalid input");
        problem.setProperty("messageZh", e.zh());
        problem.setProperty("messageEn", e.en());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "code", e.code(), "message", e.en())));
        return problem;
    }
}
