package com.credittown.platform.production;

import com.credittown.platform.credit.person.PersonDataSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.env.PropertyResolver;

/**
 * The settings a production start must not keep at their development values (credittown-defaults.yml): the web
 * client's secret, the natural-person keys, the password grant, Keycloak's admin/admin, the demo city and demo users,
 * and a public base URL on localhost. Each finding names the
 * setting, why it is refused and the environment variable that sets it.
 */
public final class DevelopmentSecrets {

    /** One setting and the development value(s) it must not have. */
    private record Rule(String setting, String defaultValue, Predicate<String> isDevelopment, String why) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("credittown.keycloak.web-client-secret", "credittown-web-dev-secret",
                    "credittown-web-dev-secret"::equals,
                    "is the development client secret credittown-web-dev-secret (set CT_KEYCLOAK_WEB_SECRET)"),
            new Rule("credittown.credit.person.sm4-key", null, PersonDataSettings::isDevelopmentKey,
                    "is the development SM4 key of natural persons' data (set CT_PERSON_SM4_KEY)"),
            new Rule("credittown.credit.person.lookup-key", null, PersonDataSettings::isDevelopmentKey,
                    "is the development lookup key of resident ID numbers (set CT_PERSON_LOOKUP_KEY)"),
            new Rule("credittown.keycloak.direct-access-grants", "true", "true"::equalsIgnoreCase,
                    "is on: the web client would accept the password grant (set CT_KEYCLOAK_DIRECT_ACCESS_GRANTS=false)"),
            new Rule("credittown.keycloak.admin-password", "admin", "admin"::equals,
                    "is Keycloak's development administrator password admin (admin/admin; set"
                            + " CT_KEYCLOAK_ADMIN and CT_KEYCLOAK_ADMIN_PASSWORD)"),
            new Rule("credittown.demo.enabled", "false", "true"::equalsIgnoreCase,
                    "is on: the demo city's made-up subjects, records and cases would enter the production archive"
                            + " (set CT_DEMO=false; docs/demo.md)"),
            new Rule("credittown.identity.demo-users", "true", "true"::equalsIgnoreCase,
                    "is on: the demo users of identity/demo-users.csv, with their published password, would be"
                            + " created in the production realm (set credittown.identity.demo-users=false)"),
            new Rule("credittown.web.public-base-url", "http://localhost:8080", DevelopmentSecrets::isLoopback,
                    "is a localhost/loopback address: the QR codes on credit reports and shop listings would point"
                            + " to the reader's own device (set CT_PUBLIC_BASE_URL to the address citizens reach the"
                            + " platform at, e.g. https://credit.example.gov.cn)"));

    private DevelopmentSecrets() {
    }

    /**
     * Whether a base URL names this machine: {@code localhost} (and {@code *.localhost}), 127.0.0.0/8, {@code ::1} or
     * the unspecified address. Decided from the text, without a DNS look-up; an unparsable value is left to
     * {@code PublicLinks}' own check.
     */
    static boolean isLoopback(String url) {
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("0.0.0.0") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1") || host.equals("::");
    }

    /** Every setting that still has its development value, as "setting: why", in a fixed order. */
    public static List<String> findIn(PropertyResolver settings) {
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            String value = settings.getProperty(rule.setting(), rule.defaultValue() == null ? "" : rule.defaultValue());
            if (rule.isDevelopment().test(value.strip())) {
                found.add(rule.setting() + " " + rule.why());
            }
        }
        return found;
    }
}
