package com.credittown.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/** Input a client sent is invalid; answered with 400 and the fields named. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
