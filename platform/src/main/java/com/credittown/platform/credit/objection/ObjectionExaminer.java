package com.credittown.platform.credit.objection;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.ForbiddenException;

/**
 * Who decides an objection, passed explicitly to {@link CreditObjections#decide} and {@code decideAsCity}: the
 * signed-in caller (REST and the pages) or the platform's named background work (no user, no request). Whether it
 * may decide the objection at hand is {@code ObjectionDecisions}' rule alone.
 */
public final class ObjectionExaminer {

    private final String name;
    private final boolean cityOffice;
    private final boolean background;

    private ObjectionExaminer(String name, boolean cityOffice, boolean background) {
        this.name = name;
        this.cityOffice = cityOffice;
        this.background = background;
    }

    /** The signed-in caller, as the token says; a caller without a user decides nothing. */
    public static ObjectionExaminer signedIn() {
        CurrentUser user = CurrentUsers.current().orElseThrow(() -> new ForbiddenException("Not signed in",
                "Only a signed-in examiner or the platform's own work decides an objection."));
        return new ObjectionExaminer(user.username(), user.isCityOffice(), false);
    }

    /**
     * The platform's own work, named in the audit trail as {@code system:<work>}; it decides on the examiner's path
     * (the city office's path for the objections the city office examines) and only outside a request.
     */
    public static ObjectionExaminer background(String work) {
        if (work == null || work.isBlank()) {
            throw new IllegalArgumentException("background work is named");
        }
        return new ObjectionExaminer(CurrentUsers.SYSTEM + ":" + work.strip(), false, true);
    }

    /** The name the objection, the record and the audit trail record as the decider. */
    public String name() {
        return name;
    }

    boolean cityOffice() {
        return cityOffice;
    }

    boolean background() {
        return background;
    }

    @Override
    public String toString() {
        return name;
    }
}
