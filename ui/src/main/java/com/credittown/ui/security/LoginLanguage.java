package com.credittown.ui.security;

import com.credittown.ui.i18n.LanguageChoice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Keycloak's login page speaks the user's language in the platform: Simplified Chinese unless they switched to
 * English in this browser session. The authorization request carries {@code ui_locales} (OpenID Connect), which
 * Keycloak prefers to the browser's Accept-Language and to its own language cookie; the page's language menu still
 * lets the user switch there.
 */
final class LoginLanguage implements OAuth2AuthorizationRequestResolver {

    static final String PARAMETER = "ui_locales";

    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    LoginLanguage(ClientRegistrationRepository registrations) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLanguage(delegate.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withLanguage(delegate.resolve(request, clientRegistrationId), request);
    }

    private static OAuth2AuthorizationRequest withLanguage(OAuth2AuthorizationRequest authorization,
                                                           HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>(authorization.getAdditionalParameters());
        parameters.put(PARAMETER, LanguageChoice.of(request.getSession(false)));
        return OAuth2AuthorizationRequest.from(authorization).additionalParameters(parameters).build();
    }
}
