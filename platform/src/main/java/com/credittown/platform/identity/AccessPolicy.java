package com.credittown.platform.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides whether the current caller holds a {@link Permission}: the one place services (through {@link Allowed}) and
 * pages (to open, and to show or hide an action) ask.
 *
 * <ul>
 *   <li>A user holds the permissions of its realm roles.</li>
 *   <li>A request without a user (anonymous) holds none but {@link Permission#PUBLIC}, which everyone holds.</li>
 *   <li>The platform's own work outside any request (timers, scheduled jobs, import workers, provisioning) holds
 *       all.</li>
 * </ul>
 */
@Component("access")
public class AccessPolicy {

    /** Whether the current caller may do this. */
    public boolean may(Permission permission) {
        return allows(permission);
    }

    /** {@link #may} for callers that are not beans (pages deciding which actions to show). */
    public static boolean allows(Permission permission) {
        if (permission == Permission.PUBLIC) {
            return true;
        }
        Optional<CurrentUser> user = CurrentUsers.current();
        if (user.isPresent()) {
            return permission.roles().stream().anyMatch(user.get()::has);
        }
        return !CurrentUsers.inRequest();
    }
}
