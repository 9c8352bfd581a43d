package com.credittown.platform.identity;

/** Where logins start. */
public final class LoginPaths {

    /** Our own login page: sends the browser to Keycloak, or explains that it is unavailable. */
    public static final String LOGIN = "/login";
    /** Spring Security's endpoint that starts the OpenID Connect login with Keycloak. */
    public static final String KEYCLOAK = "/oauth2/authorization/keycloak";

    private LoginPaths() {
    }
}
