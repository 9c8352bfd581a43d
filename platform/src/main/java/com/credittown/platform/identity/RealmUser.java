package com.credittown.platform.identity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user the platform provisions in the city's realm (demo users, the first administrators).
 *
 * @param tenant     the organisation alias (tenant code); empty for city-office users
 * @param attributes e.g. {@code department}, {@code subject_code}
 */
public record RealmUser(String username, String password, String firstName, String lastName, String email,
                        Optional<String> tenant, Set<String> roles, Map<String, String> attributes) {
}
