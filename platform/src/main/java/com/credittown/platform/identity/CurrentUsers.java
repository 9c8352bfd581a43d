package com.credittown.platform.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated user of the current request: a bearer token (REST) or a login session (UI).
 *
 * <p>During an HTTP request the user is read from the security context holder of the application that serves the
 * request ({@link RequestSecurityContextFilter} binds it), not from the JVM-wide {@link SecurityContextHolder}: Vaadin
 * replaces that global with its own holder each time an application context starts, so a second application in the
 * same JVM (a cached test context, an embedded tool) would otherwise make this one's users anonymous.
 */
public final class CurrentUsers {

    /** The actor of the platform's own work (the audit trail's {@code AuditLog.SYSTEM}). */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<SecurityContextHolderStrategy> REQUEST_HOLDER = new ThreadLocal<>();

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        SecurityContextHolderStrategy holder = REQUEST_HOLDER.get();
        return of((holder != null ? holder.getContext() : SecurityContextHolder.getContext()).getAuthentication());
    }

    public static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(CurrentUser.fromClaims(token.getToken().getClaims()));
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(CurrentUser.fromClaims(user.getClaims()));
        }
        return Optional.empty();
    }

    /**
     * Whether the current thread serves an HTTP request (of any caller, anonymous included) rather than background
     * work such as a timer or a job. Together with {@link #current()} it tells an anonymous caller (a request without
     * a user) from the platform's own work (no request).
     */
    public static boolean inRequest() {
        return REQUEST_HOLDER.get() != null;
    }

    /** The name to record as the actor of a change: the user, or "system" for the platform's own work. */
    public static String actor() {
        return current().map(CurrentUser::username).orElse(SYSTEM);
    }

    /**
     * Runs a request's work reading users from the given holder (the one the application's security filters write
     * to); restores what was bound before, so nested dispatches keep their own.
     */
    static void withHolder(SecurityContextHolderStrategy holder, RequestWork work)
            throws java.io.IOException, jakarta.servlet.ServletException {
        SecurityContextHolderStrategy previous = REQUEST_HOLDER.get();
        REQUEST_HOLDER.set(holder);
        try {
            work.run();
        } finally {
            if (previous == null) {
                REQUEST_HOLDER.remove();
            } else {
                REQUEST_HOLDER.set(previous);
            }
        }
    }

    @FunctionalInterface
    interface RequestWork {
        void run() throws java.io.IOException, jakarta.servlet.ServletException;
    }
}
