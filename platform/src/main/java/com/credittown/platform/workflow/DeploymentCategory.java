package com.credittown.platform.workflow;

import java.util.Arrays;

/**
 * Who put a process into the engine, recorded as its Flowable deployment's category by the one piece of code that
 * deploys it. It decides what the process's expressions may reach: only the city's own processes call the
 * application's beans; anything else, a tenant's design or a deployment of unknown origin, runs in the
 * {@link ExpressionSandbox}.
 */
public enum DeploymentCategory {

    /** A city template deployed for a tenant (with the tenant's published step changes). */
    CITY_TEMPLATE("city-template", true),
    /** A city template as a tenant's administrator adapted it through the template library, within its rules. */
    TENANT_ADAPTATION("tenant-adaptation", true),
    /** A process of the platform itself, never started by tenants (the city's supervision). */
    PLATFORM_INTERNAL("platform-internal", true),
    /** A process a tenant designed in the designer: its text was written by the tenant's staff. */
    TENANT_DESIGN("tenant-design", false);

    private final String id;
    private final boolean cityAuthored;

    DeploymentCategory(String id, boolean cityAuthored) {
        this.id = id;
        this.cityAuthored = cityAuthored;
    }

    /** The deployment category as stored in Flowable. */
    public String id() {
        return id;
    }

    /** Whether a deployment of this category may call the application's beans: only the city's own processes. */
    public static boolean isCityAuthored(String category) {
        return Arrays.stream(values()).anyMatch(c -> c.cityAuthored && c.id.equals(category));
    }
}
