package com.credittown.platform.web;

/**
 * The caller may see the resource but not do this to it, and may be told why (answered with 403 and the reason), e.g.
 * ending the publicity of a credit record another tenant recorded. Where the resource's existence must not leak, throw
 * {@link NotFoundException} instead.
 */
public class ForbiddenException extends RuntimeException {

    private final String title;

    public ForbiddenException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
