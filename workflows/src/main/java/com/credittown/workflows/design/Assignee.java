package com.credittown.workflows.design;

import com.credittown.platform.identity.Roles;

/** Who a step ({@link DesignStep}) is for. */
public record Assignee(AssigneeKind kind, String value) {

    /** Flowable's candidate group for a role or department, or null for a named user. */
    public String candidateGroup() {
        return switch (kind) {
            case ROLE -> value;
            case DEPARTMENT -> Roles.departmentGroup(value);
            case USER -> null;
        };
    }

    /** How the assignee reads in a simulation or a list: {@code group officer} / {@code user li.si}. */
    public String describe() {
        return kind == AssigneeKind.USER ? "user " + value : "group " + candidateGroup();
    }
}
