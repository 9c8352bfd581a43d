package com.credittown.platform.credit.objection;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.NotFoundException;
import java.util.List;

/** The small rules every objection step shares: required texts, who the city office is, how an owner is named. */
final class ObjectionChecks {

    static final int MAX_REASONS = 4000;
    static final int MAX_DECISION = 2000;

    private ObjectionChecks() {
    }

    static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " is longer than " + max + " characters"));
        }
    }

    static String owner(String ownerTenant) {
        return ownerTenant == null ? "the city (the city credit office)" : "tenant " + ownerTenant;
    }

    /** Who examines an objection, as the audit trail and the refusals name it. */
    static String examiner(Objection objection) {
        return objection.listEntry() ? "the city credit office (it decided the inclusion in the severe-dishonesty"
                + " list)" : owner(objection.ownerTenant());
    }

    static boolean cityOffice() {
        return CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
    }

    static NotFoundException unknown(long id) {
        return new NotFoundException("Unknown objection", "No objection with the id " + id + " exists.");
    }
}
