package com.credittown.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Why a JSON request body could not be read, in words a client can act on: the line and column of a syntax error,
 * the field and the expected type of a wrong value, the limit a body exceeds. Jackson's own messages name Java
 * classes and exception types; they are translated here and never passed on as they are.
 */
final class JsonBodyProblems {

    private JsonBodyProblems() {
    }

    static ProblemDetail explain(HttpMessageNotReadableException e) {
        Throwable cause = readerProblem(e);
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        if (cause == null || message.startsWith("Required request body is missing")
                || message.startsWith("No content to map")) {
            return problem("Missing request body", "body", "missing",
                    "The request body is missing or empty: a JSON object is expected.");
        }
        if (cause instanceof TextCheckingJsonFactory.UnacceptableTextException text) {
            return problem("Unacceptable character", text.field().isEmpty() ? "body" : text.field(),
                    "unacceptable-character", text.getOriginalMessage() + at(text.getLocation()) + ".");
        }
        if (cause instanceof TextCheckingJsonFactory.ReaderLimitException limit) {
            return problem("Request body too large", "body", "too-large", "The body exceeds a limit of the JSON"
                    + " reader" + at(limit.getLocation()) + ": " + withoutJavaHints(limit.getOriginalMessage())
                    + ".");
        }
        if (cause instanceof StreamConstraintsException limit) {
            return problem("Request body too large", "body", "too-large", "The body exceeds a limit of the JSON"
                    + " reader" + at(limit.getLocation()) + ": " + withoutJavaHints(limit.getOriginalMessage())
                    + ".");
        }
        if (cause instanceof InvalidFormatException format) {
            String field = field(format);
            return problem("Invalid value", field, "invalid-value", (field.isEmpty() ? "The body" : field) + ": "
                    + shown(format.getValue()) + " is not " + expected(format.getTargetType())
                    + at(format.getLocation()) + ".");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = field(mismatch);
            if (field.isEmpty()) {
                return problem("Wrong type", "body", "wrong-type", "The body must be "
                        + expected(mismatch.getTargetType()) + at(mismatch.getLocation()) + ".");
            }
            return problem("Wrong type", field, "wrong-type", field + ": expected "
                    + expected(mismatch.getTargetType()) + at(mismatch.getLocation()) + ".");
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            String field = field(instantiation);
            String reason = instantiation.getCause() instanceof IllegalArgumentException argument
                    && argument.getMessage() != null ? ": " + argument.getMessage() : "";
            return problem("Invalid value", field.isEmpty() ? "body" : field, "invalid-value",
                    (field.isEmpty() ? "The body" : field) + " could not be read" + reason + ".");
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            String field = field(mapping);
            return problem("Invalid value", field.isEmpty() ? "body" : field, "out-of-range",
                    (field.isEmpty() ? "The body" : field) + ": the number is out of range" + at(mapping.getLocation())
                    + ".");
        }
        if (cause instanceof InputCoercionException coercion) {
            return problem("Invalid value", "body", "out-of-range", "A number is out of range"
                    + at(coercion.getLocation()) + ": " + withoutJavaHints(coercion.getOriginalMessage()) + ".");
        }
        if (cause instanceof JsonProcessingException syntax) {
            return problem("Malformed JSON", "body", "malformed-json", "The body is not valid JSON"
                    + at(syntax.getLocation()) + ": " + withoutJavaHints(syntax.getOriginalMessage()) + ".");
        }
        return problem("Malformed request body", "body", "malformed",
                "The request body is not valid JSON of the expected shape.");
    }

    /**
     * The parser's own exception where Jackson wrapped it with the field's path (a refused character, a limit),
     * otherwise the exception the converter was given.
     */
    private static Throwable readerProblem(HttpMessageNotReadableException e) {
        for (Throwable at = e.getCause(); at != null && at != at.getCause(); at = at.getCause()) {
            if (at instanceof TextCheckingJsonFactory.UnacceptableTextException
                    || at instanceof TextCheckingJsonFactory.ReaderLimitException
                    || at instanceof StreamConstraintsException) {
                return at;
            }
        }
        return e.getCause();
    }

    private static ProblemDetail problem(String title, String field, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "code", code, "message", detail)));
        return problem;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** {@code data.subjectName}, {@code tags[0]}: the field as the client wrote it. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.time.LocalDate.class.equals(type)) {
            return "a date written yyyy-MM-dd";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time written as ISO 8601";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list ([...])";
        }
        return "a JSON object ({...})";
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        text = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return value instanceof String ? "'" + text + "'" : text;
    }

    /** Jackson's hints at its own settings ({@code from `StreamReadConstraints...`}) mean nothing to a client. */
    private static String withoutJavaHints(String message) {
        if (message == null) {
            return "";
        }
        String text = message.replaceAll(", from `[^`]*`", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "")
                .replaceAll("\\s*\\n.*", "").strip();
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
