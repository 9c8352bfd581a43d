package com.credittown.platform.identity;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logs every interactive login and every failed authentication (a refused login or a refused token) in
 * the security log. Keycloak keeps its own LOGIN / LOGIN_ERROR events for wrong passwords.
 */
@Component
class LoginAudit {

    private final AccessEvents events;

    LoginAudit(AccessEvents events) {
        this.events = events;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        Optional<CurrentUser> user = CurrentUsers.of(event.getAuthentication());
        events.record(AccessKind.LOGIN, user.map(CurrentUser::username).orElse(event.getAuthentication().getName()),
                user.flatMap(CurrentUser::tenant).map(Object::toString), "login through Keycloak");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        events.record(AccessKind.LOGIN_FAILED, name == null ? null : name.toString().substring(0,
                Math.min(100, name.toString().length())), Optional.empty(),
                event.getException().getClass().getSimpleName());
    }
}
