package com.credittown.platform.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sets up the city's realm in Keycloak: organisations enabled, the platform's realm roles, the web
 * client (with the API audience and the tenant, role, department and subject claims) and merchant
 * self-registration. Reads the realm once ({@link RealmState}) and writes only what differs, so a preparation of an
 * unchanged realm makes three reads and no write, at every start-up; drift (a role or a mapper deleted in the admin
 * console, a rotated client secret) is repaired. Additive where instances share the realm: the web client's redirect
 * URIs are merged, never replaced; its secret, like its direct-access grants, is one setting that the configured value
 * replaces (docs/operations.md, "Sharing a Keycloak realm").
 */
@Service
public class CityRealm {

    private static final Logger log = LoggerFactory.getLogger(CityRealm.class);
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
        PreparationTimes times = new PreparationTimes();
        times.time("admin token", () -> admin.client().tokenManager().getAccessTokenString());
        RealmResource realm = admin.realm();
        Optional<RealmState> found = times.time("read", () -> RealmState.read(realm));
        boolean changed = found.isEmpty();
        if (changed) {
            times.time("realm created", () -> createRealm(settings));
        }
        RealmState state = found.isPresent() ? found.get() : times.time("read again", () -> RealmState.read(realm)
                .orElseThrow(() -> new IllegalStateException("Realm " + settings.realm() + " not found after creation")));
        changed |= times.changed("realm", () -> correctRealm(realm, state.settings(), settings));
        changed |= times.changed("roles", () -> ensureRoles(realm, state));
        changed |= times.changed("user profile", () -> ensureUserProfile(realm));
        changed |= times.changed("web client", () -> CityClients.ensureWebClient(realm, state, settings));
        changed |= times.changed("api client", () -> CityClients.ensureApiClient(realm, state, settings));
        changed |= times.changed("default roles", () -> ensureMerchantByDefault(realm, state));
        log.info("Keycloak: city realm {} {} in {}", settings.realm(), changed ? "set up" : "unchanged", times);
        return changed;
    }

    private Void createRealm(KeycloakSettings settings) {
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
        return null;
    }

    /** Organisations, self-registration, login events and the languages; only these fields are written. */
    private static boolean correctRealm(RealmResource realm, RealmRepresentation existing, KeycloakSettings settings) {
        boolean wrong = !Boolean.TRUE.equals(existing.isOrganizationsEnabled())
                || !Boolean.valueOf(settings.selfRegistration()).equals(existing.isRegistrationAllowed())
                || !Boolean.TRUE.equals(existing.isEventsEnabled())
                || !speaksChineseFirst(existing);
        if (wrong) {
            RealmRepresentation corrected = new RealmRepresentation();
            corrected.setOrganizationsEnabled(true);
            corrected.setRegistrationAllowed(settings.selfRegistration());
            corrected.setEventsEnabled(true);
            corrected.setSupportedLocales(existing.getSupportedLocales());
            speakChineseFirst(corrected);
            realm.update(corrected);
        }
        return wrong;
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

    private static boolean ensureRoles(RealmResource realm, RealmState state) {
        boolean changed = false;
        for (String role : Roles.ALL) {
            if (state.realmRole(role).isEmpty()) {
                realm.roles().create(new RoleRepresentation(role, "CreditTown " + role, false));
                log.info("Keycloak: role {} was missing and is created", role);
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

    /** Self-registered users start as merchants (linked to their subject after verification). */
    private static boolean ensureMerchantByDefault(RealmResource realm, RealmState state) {
        String defaultRoles = state.defaultRoleName();
        if (state.realmCompositesOf(defaultRoles).contains(Roles.MERCHANT)) {
            return false;
        }
        realm.roles().get(defaultRoles).addComposites(List.of(realm.roles().get(Roles.MERCHANT).toRepresentation()));
        return true;
    }
}
