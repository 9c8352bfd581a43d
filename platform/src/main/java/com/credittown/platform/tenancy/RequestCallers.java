package com.credittown.platform.tenancy;

import java.util.Optional;

/**
 * Who the current request is from, as far as the tenancy doors need it ({@link TenantRequestFilter}, {@link TenantJobs},
 * the request log context). Identity answers it from the token or the login session, so tenancy, the lowest feature,
 * does not depend on how users sign in (issue #17: no cycle tenancy ⇄ identity).
 */
public interface RequestCallers {

    /** The signed-in caller of the current request; empty for an anonymous request and for background work. */
    Optional<Caller> signedIn();

    /**
     * Whether the current thread serves an HTTP request (of any caller, anonymous included) rather than background
     * work such as a timer or a job.
     */
    boolean inRequest();

    /**
     * A signed-in caller.
     *
     * @param username   the user name, for the logs
     * @param tenant     the tenant of the caller's organisation; empty for the city office or a user in none
     * @param cityOffice whether the caller is the city office, which reads the tenant a path or a page names
     */
    record Caller(String username, Optional<TenantId> tenant, boolean cityOffice) {
    }
}
