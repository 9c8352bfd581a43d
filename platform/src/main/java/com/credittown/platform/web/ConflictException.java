package com.credittown.platform.web;

/** The request is well-formed but clashes with the current state (answered with 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
