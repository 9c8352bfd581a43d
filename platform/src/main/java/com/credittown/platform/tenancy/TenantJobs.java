package com.credittown.platform.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one door through which background work acts for a tenant: scheduled jobs going over every tenant, work after a
 * commit or in a worker thread for the tenant that asked for it, provisioning. (The other doors: the request filter
 * for HTTP requests, the Flowable job wrapper for timers and async jobs, {@link CityReads} for the city office's
 * reads; nothing else binds a tenant: {@code ModuleDependenciesArchTest} checks it.)
 *
 * <p>A request never switches to another tenant through here: the tenant of a request is the request filter's.
 */
@Component
public class TenantJobs {

    private static final Logger LOG = LoggerFactory.getLogger(TenantJobs.class);

    private final TenantDirectory directory;
    private final RequestCallers callers;

    TenantJobs(TenantDirectory directory, RequestCallers callers) {
        this.directory = directory;
        this.callers = callers;
    }

    /**
     * Runs a background job's work as each tenant in turn, each in its own tenant context, and adds up the counts it
     * returns. A tenant whose work fails is logged and skipped: one tenant never stops the others (jobs run again);
     * the outcome names it, so the caller can say which tenants a run missed.
     *
     * @param what the work, for the log ("Deadline notifications")
     */
    public TenantJobOutcome forEachTenant(String what, Callable<Integer> work) {
        int sum = 0;
        List<TenantId> done = new ArrayList<>();
        List<TenantId> failed = new ArrayList<>();
        for (Tenant tenant : directory.all()) {
            try {
                sum += TenantContext.callAs(tenant.id(), work);
                done.add(tenant.id());
            } catch (RuntimeException e) {
                LOG.warn("{} failed for {}: {}", what, tenant.id(), e.toString());
                failed.add(tenant.id());
            }
        }
        return new TenantJobOutcome(sum, done, failed);
    }

    /**
     * Runs work for one tenant outside a request (a worker thread, after a commit, provisioning).
     *
     * @throws IllegalStateException if called while serving a request for another tenant
     */
    public <T> T actFor(TenantId tenant, Callable<T> work) {
        if (callers.inRequest() && TenantContext.current().filter(tenant::equals).isEmpty()) {
            throw new IllegalStateException("A request acts for the tenant its filter bound, never for " + tenant);
        }
        return TenantContext.callAs(tenant, work);
    }

    /** {@link #actFor} for work without a result. */
    public void runFor(TenantId tenant, Runnable work) {
        actFor(tenant, () -> {
            work.run();
            return null;
        });
    }
}
