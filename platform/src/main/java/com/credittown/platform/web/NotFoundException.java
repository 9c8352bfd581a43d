package com.credittown.platform.web;

/**
 * A resource does not exist for the caller. Another tenant's resource is answered exactly like this too,
 * so a guessed id tells nothing.
 */
public class NotFoundException extends RuntimeException {

    private final String title;

    public NotFoundException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
