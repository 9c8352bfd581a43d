package com.credittown.platform.tenancy;

/** A request named a tenant that is not registered. Answered with 404. */
public class UnknownTenantException extends RuntimeException {

    private final String code;

    public UnknownTenantException(String code) {
        super("Unknown tenant: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
