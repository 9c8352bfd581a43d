package com.credittown.platform.tenancy;

import com.credittown.platform.cluster.ClusterLock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.stereotype.Component;

/**
 * The one shape of a scheduled job over every tenant: on one node of the cluster ({@link ClusterLock}), tenant by
 * tenant, each in its own context, a failing tenant logged and skipped ({@link TenantJobs#forEachTenant}), the total
 * logged with the codes of the tenants that failed. A job states only its schedule, its {@link EveryTenantJob} and
 * its work for the current tenant.
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
        locks.onOneNode(job.oneNode(), run);
    }

    /**
     * Runs the work as each tenant in turn, now; returns the total of the counts it returned. The total line names
     * the tenants that failed (each also logged with its error), so a run that missed some says which.
     */
    public int run(EveryTenantJob job, Callable<Integer> forCurrentTenant) {
        TenantJobOutcome outcome = tenants.forEachTenant(job.title(), forCurrentTenant);
        if (!outcome.failed().isEmpty()) {
            String total = job.report() == null ? job.title()
                    : MessageFormatter.format(job.report(), outcome.total()).getMessage();
            log.warn("{}; failed for {} of {} tenants: {} (tried again at the next run)", total,
                    outcome.failed().size(), outcome.tenants(), outcome.failedCodes());
        } else if (outcome.total() > 0 && job.report() != null) {
            log.info(job.report(), outcome.total());
        }
        return outcome.total();
    }
}
