package com.credittown.platform.web;

/** What is wrong with one field of a request or form. */
public record FieldProblem(String field, String message) {
}
