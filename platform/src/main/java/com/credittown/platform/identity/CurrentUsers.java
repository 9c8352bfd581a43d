package com.credittown.platform.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated user of the current request: a bearer token (REST) or a login session (UI). */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
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

    /** The name to record as the actor of a change: the user, or "system" for the platform's own work. */
    public static String actor() {
        return current().map(CurrentUser::username).orElse(com.credittown.platform.audit.AuditLog.SYSTEM);
    }
}
