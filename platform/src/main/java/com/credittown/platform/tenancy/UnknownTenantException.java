package com.credittown.platform.tenancy;

import com.credittown.platform.web.NotFoundException;

/**
 * A request named a tenant that is not registered: not found, like any other resource (404 on REST, the not-found
 * notice on a page), so the problem+json advice and the pages need not know tenancy.
 */
public class UnknownTenantException extends NotFoundException {

    private final String code;

    public UnknownTenantException(String code) {
        super("Unknown tenant", "No tenant with the code '" + code + "' exists.");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
