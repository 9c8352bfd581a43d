package com.credittown.platform.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bearer-token users for MockMvc slice tests: the same claims Keycloak puts in an access token
 * (organisation, realm roles, department, subject code). Tests against the real Keycloak, with real
 * signatures, live in the ui module; these only stand in for the signature.
 */
public final class TestUsers {

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/tenants/([^/]+).*");

    private TestUsers() {
    }

    public static RequestPostProcessor officerOf(String tenant) {
        return user(tenant + ".officer", tenant, Set.of(Roles.OFFICER), null, null);
    }

    public static RequestPostProcessor reviewerOf(String tenant, String department) {
        return user(tenant + "." + department, tenant, Set.of(Roles.DEPARTMENT_REVIEWER), department, null);
    }

    public static RequestPostProcessor merchantOf(String tenant, String subjectCode) {
        return user(tenant + ".merchant", tenant, Set.of(Roles.MERCHANT), null, subjectCode);
    }

    public static RequestPostProcessor cityOffice() {
        return user("city.office", null, Set.of(Roles.CITY_OFFICE), null, null);
    }

    /**
     * An officer of the tenant the request's path names ({@code /api/tenants/{code}/...}), or the city office
     * for city-level paths: the default user of the modules' MockMvc tests. A test that needs someone
     * else adds its own {@code .with(...)}, which wins.
     */
    public static RequestPostProcessor officerOfPathTenant() {
        return request -> {
            Matcher tenant = TENANT_PATH.matcher(request.getRequestURI());
            RequestPostProcessor user = tenant.matches() ? officerOf(tenant.group(1)) : cityOffice();
            return user.postProcessRequest(request);
        };
    }

    public static RequestPostProcessor user(String username, String tenant, Set<String> roles, String department,
                                            String subjectCode) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("realm_access", Map.of("roles", List.copyOf(roles)));
        if (tenant != null) {
            claims.put("organization", List.of(tenant));
        }
        if (department != null) {
            claims.put("department", department);
        }
        if (subjectCode != null) {
            claims.put("subject_code", subjectCode);
        }
        return jwt().jwt(token -> token.claims(all -> all.putAll(claims)).subject(username))
                .authorities(roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }
}
