package com.credittown.platform.identity;

import java.util.List;

/** The realm roles of the platform, as Keycloak names them and Spring Security sees them (ROLE_...). */
public final class Roles {

    /** 镇街、园区 工作人员: designs and runs the tenant's processes. */
    public static final String OFFICER = "officer";
    /** 部门审核人: co-reviews cases of their department (attribute {@code department}). */
    public static final String DEPARTMENT_REVIEWER = "department-reviewer";
    /** 经营主体: a merchant, linked to its credit subject (attribute {@code subject_code}). */
    public static final String MERCHANT = "merchant";
    /** 市信用办: reads across tenants, writes only its own ledgers. */
    public static final String CITY_OFFICE = "city-office";
    /** A tenant's administrator: maintains the tenant's settings. */
    public static final String ADMINISTRATOR = "administrator";

    /**
     * Reads the operations figures at {@code /actuator/prometheus} and nothing else: for a monitoring server's service
     * account (the city office may read them too).
     */
    public static final String METRICS_READER = "metrics-reader";

    public static final List<String> ALL = List.of(OFFICER, DEPARTMENT_REVIEWER, MERCHANT, CITY_OFFICE, ADMINISTRATOR,
            METRICS_READER);

    /** Flowable candidate group of a department's reviewers. */
    public static String departmentGroup(String department) {
        return "department:" + department;
    }

    private Roles() {
    }
}
