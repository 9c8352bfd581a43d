package com.credittown.tenants.identity;

import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.identity.RealmUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo users of the local run, as data ({@code identity/demo-users.csv}): one per role for a few
 * tenants. A subject code written with {@code X} as its check character gets the correct one.
 */
final class DemoUsers {

    static final String LOCATION = "identity/demo-users.csv";
    private static final String HEADER = "username,password,tenant,roles,department,subject_code,first_name,last_name";

    private DemoUsers() {
    }

    static List<RealmUser> read() {
        List<RealmUser> users = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!HEADER.equals(header == null ? null : header.strip())) {
                throw new IllegalStateException(LOCATION + ": the first line must be '" + HEADER + "'");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    users.add(user(line.split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return users;
    }

    private static RealmUser user(String[] cells) {
        Set<String> roles = new LinkedHashSet<>(List.of(cells[3].split(";")));
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!cells[4].isBlank()) {
            attributes.put("department", cells[4].strip());
        }
        if (!cells[5].isBlank()) {
            attributes.put("subject_code", Uscc.parse(cells[5]).value());
        }
        String username = cells[0].strip();
        return new RealmUser(username, cells[1].strip(), cells[6].strip(), cells[7].strip(),
                username + "@demo.credittown.internal",
                cells[2].isBlank() ? Optional.empty() : Optional.of(cells[2].strip()), roles, attributes);
    }
}
