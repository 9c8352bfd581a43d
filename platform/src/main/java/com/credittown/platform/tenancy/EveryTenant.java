package com.credittown.platform.tenancy;

import com.credittown.platform.cluster.ClusterLock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one shape of a scheduled job over every tenant: on one node of the cluster ({@link ClusterLock}), tenant by
 * tenant, each in its own context, a failing tenant logged and skipped ({@link TenantJobs#forEachTenant}), the total
 * logged. A job states only its schedule, its {@link EveryTenantJob} and its work for the current tenant.
 */
@Component
public class EveryTenant {

    private static final Logger log = LoggerFactory.getLogger(EveryTenant.class);

    private final TenantJobs tenants;
    private final ClusterLock locks;

    EveryTenant(TenantJobs tenants, ClusterLock locks) {
        this.tenants = tenants;
        this.locks = locks;
    }

    /** The scheduler's entry: runs the job's whole run here unless another node holds its lock. */
    public void onOneNode(EveryTenantJob job, Runnable run) {
        locks.runExclusively(job.lock(), job.atMostFor(), job.atLeastFor(), run);
    }

    /** Runs the work as each tenant in turn, now; returns the total of the counts it returned. */
    public int run(EveryTenantJob job, Callable<Integer> forCurrentTenant) {
        int total = tenants.forEachTenant(job.title(), forCurrentTenant);
        if (total > 0 && job.report() != null) {
            log.info(job.report(), total);
        }
        return total;
    }
}
