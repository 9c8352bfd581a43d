package com.credittown.platform.identity;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sets up the city's realm in Keycloak: organisations enabled, the platform's realm roles, the web
 * client (with the API audience and the tenant, role, department and subject claims) and merchant
 * self-registration. Idempotent: a second run changes nothing. Additive where instances share the realm: the web
 * client's redirect URIs are merged, never replaced; its secret, like its direct-access grants, is one setting
 * that the configured value replaces (docs/operations.md, "Sharing a Keycloak realm").
 */
@Service
public class CityRealm {

    private static final Logger log = LoggerFactory.getLogger(CityRealm.class);
    private static final String ORGANIZATION_SCOPE = "organization";
    private static final String CHINESE = "zh-CN";
    private static final List<String> LANGUAGES = List.of(CHINESE, "en");

    private final KeycloakAdmin admin;

    CityRealm(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /** Creates or corrects the realm; returns whether anything changed. */
    public boolean ensure() {
        try {
            return ensureAll();
        } catch (jakarta.ws.rs.WebApplicationException e) {
            throw new IllegalStateException("Keycloak refused the realm set-up: " + e.getResponse().getStatus() + " "
                    + e.getResponse().readEntity(String.class), e);
        }
    }

    private boolean ensureAll() {
        KeycloakSettings settings = admin.settings();
        boolean changed = changed("realm", ensureRealm(settings));
        RealmResource realm = admin.realm();
        changed |= changed("roles", ensureRoles(realm));
        changed |= changed("user profile", ensureUserProfile(realm));
        changed |= changed("web client", ensureWebClient(realm, settings));
        changed |= changed("api client", ensureApiClient(realm, settings));
        changed |= changed("default roles", ensureMerchantByDefault(realm, settings));
        if (changed) {
            log.info("Keycloak realm {} set up", settings.realm());
        }
        return changed;
    }

    private static boolean changed(String part, boolean changed) {
        if (changed) {
            log.info("Keycloak: {} of the city realm set up", part);
        }
        return changed;
    }

    private boolean ensureRealm(KeycloakSettings settings) {
        try {
            RealmRepresentation existing = admin.realm().toRepresentation();
            boolean wrong = !Boolean.TRUE.equals(existing.isOrganizationsEnabled())
                    || existing.isRegistrationAllowed() != settings.selfRegistration()
                    || !Boolean.TRUE.equals(existing.isEventsEnabled())
                    || !speaksChineseFirst(existing);
            if (wrong) {
                existing.setOrganizationsEnabled(true);
                existing.setRegistrationAllowed(settings.selfRegistration());
                existing.setEventsEnabled(true);
                speakChineseFirst(existing);
                admin.realm().update(existing);
            }
            return wrong;
        } catch (NotFoundException missing) {
            RealmRepresentation realm = new RealmRepresentation();
            realm.setRealm(settings.realm());
            realm.setDisplayName("东莞市信用镇街协同平台");
            realm.setEnabled(true);
            realm.setOrganizationsEnabled(true);
            realm.setRegistrationAllowed(settings.selfRegistration());
            // Keycloak records logins and failed logins (LOGIN, LOGIN_ERROR) in its event store
            realm.setEventsEnabled(true);
            realm.setLoginWithEmailAllowed(true);
            speakChineseFirst(realm);
            admin.client().realms().create(realm);
            return true;
        }
    }

    /**
     * Keycloak's pages (login, registration, account) in Simplified Chinese by default, English available: the realm
     * is internationalised with zh-CN as its default and both languages supported. Which one a login page shows is
     * then chosen per request (the web client's {@code ui_locales}, the user's choice on the page, the browser).
     */
    static boolean speaksChineseFirst(RealmRepresentation realm) {
        return Boolean.TRUE.equals(realm.isInternationalizationEnabled())
                && CHINESE.equals(realm.getDefaultLocale())
                && realm.getSupportedLocales() != null
                && realm.getSupportedLocales().containsAll(LANGUAGES);
    }

    /** Additive: languages another instance added to a shared realm stay supported. */
    static void speakChineseFirst(RealmRepresentation realm) {
        java.util.Set<String> supported = new java.util.LinkedHashSet<>(LANGUAGES);
        if (realm.getSupportedLocales() != null) {
            supported.addAll(realm.getSupportedLocales());
        }
        realm.setInternationalizationEnabled(true);
        realm.setDefaultLocale(CHINESE);
        realm.setSupportedLocales(supported);
    }

    private static boolean ensureRoles(RealmResource realm) {
        List<String> existing = realm.roles().list().stream().map(RoleRepresentation::getName).toList();
        boolean changed = false;
        for (String role : Roles.ALL) {
            if (!existing.contains(role)) {
                realm.roles().create(new RoleRepresentation(role, "CreditTown " + role, false));
                changed = true;
            }
        }
        return changed;
    }

    /** Department and subject code are attributes only administrators set; users cannot edit them. */
    private static boolean ensureUserProfile(RealmResource realm) {
        UPConfig profile = realm.users().userProfile().getConfiguration();
        if (profile.getUnmanagedAttributePolicy() == UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT) {
            return false;
        }
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
        realm.users().userProfile().update(profile);
        return true;
    }

    private static boolean ensureWebClient(RealmResource realm, KeycloakSettings settings) {
        ClientRepresentation wanted = new ClientRepresentation();
        wanted.setClientId(settings.webClientId());
        wanted.setName("CreditTown");
        wanted.setProtocol("openid-connect");
        wanted.setPublicClient(false);
        wanted.setSecret(settings.webClientSecret());
        wanted.setStandardFlowEnabled(true);
        wanted.setDirectAccessGrantsEnabled(settings.directAccessGrants());
        wanted.setRedirectUris(settings.redirectUris());
        wanted.setWebOrigins(List.of("+"));
        wanted.setAttributes(new HashMap<>(Map.of("post.logout.redirect.uris", "+")));
        wanted.setProtocolMappers(List.of(
                ClaimMappers.audience(settings.apiAudience()),
                ClaimMappers.attribute("department"),
                ClaimMappers.attribute("subject_code"),
                ClaimMappers.realmRolesInIdToken()));
        boolean changed = ensureClient(realm, wanted);
        ClientResource client = realm.clients().get(clientUuid(realm, settings.webClientId()));
        String organizationScope = realm.clientScopes().findAll().stream()
                .filter(scope -> ORGANIZATION_SCOPE.equals(scope.getName()))
                .map(ClientScopeRepresentation::getId).findFirst().orElse(null);
        boolean hasScope = client.getDefaultClientScopes().stream()
                .anyMatch(scope -> ORGANIZATION_SCOPE.equals(scope.getName()));
        if (organizationScope != null && !hasScope) {
            // Keycloak assigns it as optional; a scope cannot be both, so move it to the defaults
            boolean optional = client.getOptionalClientScopes().stream()
                    .anyMatch(scope -> ORGANIZATION_SCOPE.equals(scope.getName()));
            if (optional) {
                client.removeOptionalClientScope(organizationScope);
            }
            client.addDefaultClientScope(organizationScope);
            changed = true;
        }
        return changed;
    }

    /** The API is a resource, not a login client: it exists so tokens can name it as their audience. */
    private static boolean ensureApiClient(RealmResource realm, KeycloakSettings settings) {
        ClientRepresentation api = new ClientRepresentation();
        api.setClientId(settings.apiAudience());
        api.setName("CreditTown API");
        api.setProtocol("openid-connect");
        api.setPublicClient(false);
        api.setBearerOnly(true);
        api.setStandardFlowEnabled(false);
        api.setDirectAccessGrantsEnabled(false);
        return ensureClient(realm, api);
    }

    private static boolean ensureClient(RealmResource realm, ClientRepresentation wanted) {
        List<ClientRepresentation> found = realm.clients().findByClientId(wanted.getClientId());
        if (found.isEmpty()) {
            try (Response response = realm.clients().create(wanted)) {
                if (response.getStatus() >= 300) {
                    throw new IllegalStateException("Keycloak refused client " + wanted.getClientId() + ": "
                            + response.getStatus());
                }
            }
            return true;
        }
        ClientRepresentation existing = found.get(0);
        ClientResource client = realm.clients().get(existing.getId());
        List<String> redirectUris = withOwn(existing.getRedirectUris(), wanted.getRedirectUris());
        boolean secretDiffers = secretDiffers(client, wanted);
        boolean differs = !Objects.equals(existing.isDirectAccessGrantsEnabled(), wanted.isDirectAccessGrantsEnabled())
                || !Objects.equals(redirectUris, existing.getRedirectUris() == null ? List.of() : existing.getRedirectUris())
                || secretDiffers;
        if (differs) {
            existing.setDirectAccessGrantsEnabled(wanted.isDirectAccessGrantsEnabled());
            existing.setRedirectUris(redirectUris);
            if (secretDiffers) {
                existing.setSecret(wanted.getSecret());
                // never the secret itself in the log
                log.info("Keycloak: the secret of client {} differed from the configured one and was replaced",
                        wanted.getClientId());
            }
            client.update(existing);
        }
        return differs;
    }

    /**
     * Whether a confidential client's secret in Keycloak is not the configured one (a rotated
     * {@code CT_KEYCLOAK_WEB_SECRET}, or a client created by an instance with another secret).
     */
    private static boolean secretDiffers(ClientResource client, ClientRepresentation wanted) {
        if (wanted.getSecret() == null || Boolean.TRUE.equals(wanted.isBearerOnly())) {
            return false;
        }
        return !wanted.getSecret().equals(client.getSecret().getValue());
    }

    /**
     * The client's redirect URIs with this instance's added: never replaced, so instances sharing the realm (staging
     * and production, several nodes) each keep the addresses they registered.
     */
    static List<String> withOwn(List<String> existing, List<String> own) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(existing == null ? List.of() : existing);
        if (own != null) {
            all.addAll(own);
        }
        return List.copyOf(all);
    }

    /** Self-registered users start as merchants (linked to their subject after verification). */
    private static boolean ensureMerchantByDefault(RealmResource realm, KeycloakSettings settings) {
        String defaultRoles = "default-roles-" + settings.realm();
        var composites = realm.roles().get(defaultRoles).getRoleComposites();
        if (composites.stream().anyMatch(role -> Roles.MERCHANT.equals(role.getName()))) {
            return false;
        }
        realm.roles().get(defaultRoles).addComposites(List.of(realm.roles().get(Roles.MERCHANT).toRepresentation()));
        return true;
    }

    private static String clientUuid(RealmResource realm, String clientId) {
        return realm.clients().findByClientId(clientId).get(0).getId();
    }
}
