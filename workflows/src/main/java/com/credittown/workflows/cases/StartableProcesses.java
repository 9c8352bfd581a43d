package com.credittown.workflows.cases;

/**
 * A feature that owns processes users start themselves through the cases API (the city templates, a tenant's
 * published designs). Anything deployed for a tenant but owned by no such feature (the platform-internal
 * city-supervision process) is neither listed nor startable: a feature starts it.
 */
public interface StartableProcesses {

    /** Whether the current tenant's users may start cases of this process. */
    boolean startable(String processKey);
}
