package com.credittown.workflows.settings;

import com.credittown.workflows.district.DistrictKind;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's settings as its administrator maintains them and the city office reads them.
 *
 * @param version the number of the latest change (0 before the first)
 */
public record TenantSettings(int version, List<DepartmentView> departments, List<DistrictSetting> districts,
                             Optional<ContactDetails> contact) {

    /** An integrity district as the settings show it. */
    public record DistrictSetting(String id, String name, DistrictKind kind, String address, boolean closed) {
    }

    /** A department with its reviewers. */
    public record DepartmentView(String code, String name, List<ReviewerView> reviewers) {
    }

    /**
     * A reviewer and whether Keycloak already routes the department's tasks to them.
     *
     * @param state PENDING (Keycloak not yet told, e.g. it was down), DONE, or FAILED (with the reason)
     */
    public record ReviewerView(String username, String state, String problem) {
    }
}
