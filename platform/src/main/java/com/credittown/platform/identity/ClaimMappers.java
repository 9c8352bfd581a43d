package com.credittown.platform.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * The claims the web client's tokens carry beyond Keycloak's defaults: the API as audience, the user's
 * {@code department} and {@code subject_code} attributes, and the realm roles in the ID token ({@link CityClients}).
 */
final class ClaimMappers {

    private ClaimMappers() {
    }

    /** The web client's mappers. */
    static List<ProtocolMapperRepresentation> ofWebClient(String apiAudience) {
        return List.of(audience(apiAudience), attribute("department"), attribute("subject_code"),
                realmRolesInIdToken());
    }

    /** Whether a mapper Keycloak holds does what the wanted one does (its own further settings are left alone). */
    static boolean sameAs(ProtocolMapperRepresentation wanted, ProtocolMapperRepresentation existing) {
        Map<String, String> config = existing.getConfig() == null ? Map.of() : existing.getConfig();
        return wanted.getProtocolMapper().equals(existing.getProtocolMapper())
                && wanted.getConfig().entrySet().stream()
                        .allMatch(entry -> entry.getValue().equals(config.get(entry.getKey())));
    }

    /** The mapper Keycloak holds, corrected to do what the wanted one does. */
    static ProtocolMapperRepresentation correcting(ProtocolMapperRepresentation existing,
                                                   ProtocolMapperRepresentation wanted) {
        ProtocolMapperRepresentation corrected = mapper(wanted.getName(), wanted.getProtocolMapper(),
                existing.getConfig() == null ? Map.of() : existing.getConfig());
        corrected.setId(existing.getId());
        corrected.getConfig().putAll(wanted.getConfig());
        return corrected;
    }

    static ProtocolMapperRepresentation audience(String audience) {
        return mapper("api-audience", "oidc-audience-mapper", Map.of(
                "included.custom.audience", audience,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
    }

    static ProtocolMapperRepresentation attribute(String name) {
        return mapper(name, "oidc-usermodel-attribute-mapper", Map.of(
                "user.attribute", name,
                "claim.name", name,
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "true",
                "userinfo.token.claim", "true"));
    }

    /** The UI reads roles from the ID token; the access token already carries them (roles scope). */
    static ProtocolMapperRepresentation realmRolesInIdToken() {
        return mapper("realm-roles-id-token", "oidc-usermodel-realm-role-mapper", Map.of(
                "claim.name", "realm_access.roles",
                "jsonType.label", "String",
                "multivalued", "true",
                "access.token.claim", "false",
                "id.token.claim", "true",
                "userinfo.token.claim", "true"));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }
}
