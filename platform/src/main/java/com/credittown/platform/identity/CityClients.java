package com.credittown.platform.identity;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The city realm's two clients, compared with what a {@link RealmState} read and written only where they differ: the
 * web client (its grants, redirect URIs merged with other instances', its secret, its claim mappers, the organisation
 * scope among its defaults) and the API, a resource that exists so tokens can name it as their audience.
 */
final class CityClients {

    private static final Logger log = LoggerFactory.getLogger(CityClients.class);
    private static final String ORGANIZATION_SCOPE = "organization";

    private CityClients() {
    }

    static boolean ensureWebClient(RealmResource realm, RealmState state, KeycloakSettings settings) {
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
        wanted.setProtocolMappers(ClaimMappers.ofWebClient(settings.apiAudience()));
        Optional<ClientRepresentation> existing = state.client(wanted.getClientId());
        if (existing.isEmpty()) {
            String id = create(realm, wanted);
            organisationScopeByDefault(realm.clients().get(id), state);
            return true;
        }
        ClientResource client = realm.clients().get(existing.get().getId());
        boolean changed = update(client, existing.get(), wanted);
        changed |= ensureMappers(client, existing.get(), wanted.getProtocolMappers());
        List<String> defaults = existing.get().getDefaultClientScopes();
        if (defaults == null || !defaults.contains(ORGANIZATION_SCOPE)) {
            changed |= organisationScopeByDefault(client, state);
        }
        return changed;
    }

    /** The API is a resource, not a login client: it exists so tokens can name it as their audience. */
    static boolean ensureApiClient(RealmResource realm, RealmState state, KeycloakSettings settings) {
        ClientRepresentation api = new ClientRepresentation();
        api.setClientId(settings.apiAudience());
        api.setName("CreditTown API");
        api.setProtocol("openid-connect");
        api.setPublicClient(false);
        api.setBearerOnly(true);
        api.setStandardFlowEnabled(false);
        api.setDirectAccessGrantsEnabled(false);
        Optional<ClientRepresentation> existing = state.client(api.getClientId());
        if (existing.isEmpty()) {
            create(realm, api);
            return true;
        }
        return update(realm.clients().get(existing.get().getId()), existing.get(), api);
    }

    private static String create(RealmResource realm, ClientRepresentation wanted) {
        try (Response response = realm.clients().create(wanted)) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused client " + wanted.getClientId() + ": "
                        + response.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** The settings instances must agree on (grants, secret) and this instance's redirect URIs, where they differ. */
    private static boolean update(ClientResource client, ClientRepresentation existing, ClientRepresentation wanted) {
        List<String> redirectUris = withOwn(existing.getRedirectUris(), wanted.getRedirectUris());
        boolean secretDiffers = secretDiffers(client, wanted);
        boolean differs = !Objects.equals(existing.isDirectAccessGrantsEnabled(), wanted.isDirectAccessGrantsEnabled())
                || !Objects.equals(redirectUris, existing.getRedirectUris() == null ? List.of() : existing.getRedirectUris())
                || secretDiffers;
        if (differs) {
            ClientRepresentation changes = client.toRepresentation();
            changes.setDirectAccessGrantsEnabled(wanted.isDirectAccessGrantsEnabled());
            changes.setRedirectUris(redirectUris);
            if (secretDiffers) {
                changes.setSecret(wanted.getSecret());
                // never the secret itself in the log
                log.info("Keycloak: the secret of client {} differed from the configured one and was replaced",
                        wanted.getClientId());
            }
            client.update(changes);
        }
        return differs;
    }

    /**
     * Whether a confidential client's secret in Keycloak is not the configured one (a rotated
     * {@code CT_KEYCLOAK_WEB_SECRET}, or a client created by an instance with another secret). The realm's export masks
     * secrets, so this is the one read of its own.
     */
    private static boolean secretDiffers(ClientResource client, ClientRepresentation wanted) {
        if (wanted.getSecret() == null || Boolean.TRUE.equals(wanted.isBearerOnly())) {
            return false;
        }
        return !wanted.getSecret().equals(client.getSecret().getValue());
    }

    /** A claim mapper deleted or changed in the admin console is put back as the platform needs it. */
    private static boolean ensureMappers(ClientResource client, ClientRepresentation existing,
                                         List<ProtocolMapperRepresentation> wanted) {
        List<ProtocolMapperRepresentation> present = existing.getProtocolMappers() == null ? List.of()
                : existing.getProtocolMappers();
        boolean changed = false;
        for (ProtocolMapperRepresentation mapper : wanted) {
            Optional<ProtocolMapperRepresentation> found = present.stream()
                    .filter(candidate -> mapper.getName().equals(candidate.getName())).findFirst();
            if (found.isEmpty()) {
                try (Response response = client.getProtocolMappers().createMapper(mapper)) {
                    if (response.getStatus() >= 300) {
                        throw new IllegalStateException("Keycloak refused mapper " + mapper.getName() + ": "
                                + response.getStatus());
                    }
                }
                log.info("Keycloak: claim mapper {} of client {} was missing and is added again", mapper.getName(),
                        existing.getClientId());
                changed = true;
            } else if (!ClaimMappers.sameAs(mapper, found.get())) {
                ProtocolMapperRepresentation corrected = ClaimMappers.correcting(found.get(), mapper);
                client.getProtocolMappers().update(corrected.getId(), corrected);
                log.info("Keycloak: claim mapper {} of client {} differed and is corrected", mapper.getName(),
                        existing.getClientId());
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The organisation scope among the client's default scopes, so tokens carry the user's tenant. Keycloak assigns it
     * as optional; a scope cannot be both, so it is moved to the defaults.
     */
    private static boolean organisationScopeByDefault(ClientResource client, RealmState state) {
        Optional<String> scope = state.clientScopeId(ORGANIZATION_SCOPE);
        if (scope.isEmpty() || client.getDefaultClientScopes().stream()
                .anyMatch(assigned -> ORGANIZATION_SCOPE.equals(assigned.getName()))) {
            return false;
        }
        if (client.getOptionalClientScopes().stream().anyMatch(optional -> ORGANIZATION_SCOPE.equals(optional.getName()))) {
            client.removeOptionalClientScope(scope.get());
        }
        client.addDefaultClientScope(scope.get());
        return true;
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
}
