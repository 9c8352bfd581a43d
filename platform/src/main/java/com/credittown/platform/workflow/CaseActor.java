package com.credittown.platform.workflow;

import com.credittown.platform.audit.AuditLog;
import org.flowable.common.engine.impl.identity.Authentication;

/** Who acts in the engine right now: the user completing a task or starting a case, else the system. */
public final class CaseActor {

    private CaseActor() {
    }

    public static String current() {
        String user = Authentication.getAuthenticatedUserId();
        return user == null || user.isBlank() ? AuditLog.SYSTEM : user;
    }

    /** Runs engine work on behalf of a user, so the engine's history and our audit trail name them. */
    static <T> T actingAs(String actor, java.util.function.Supplier<T> work) {
        String previous = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(actor);
        try {
            return work.get();
        } finally {
            Authentication.setAuthenticatedUserId(previous);
        }
    }
}
