package com.credittown.platform.tenancy;

import com.credittown.platform.cluster.OneNodeJob;
import java.time.Duration;

/**
 * A scheduled job that goes over every tenant, as {@link EveryTenant} runs it.
 *
 * @param lock       its row in the cluster lock ({@code job_lock.name}), e.g. {@code "deadline-notifications"}
 * @param title      the work, for the log of a tenant that failed ("Deadline notifications")
 * @param atMostFor  how long a run may hold the lock (a node that dies mid-run frees it then)
 * @param atLeastFor how long the lock stays taken from the start (a node firing a little later does not run again)
 * @param report     the log line for a run that did something, with {@code {}} for its total
 *                   ("{} deadline notifications written"); null when the job logs nothing (a run in which a tenant
 *                   failed is logged all the same, with the title and the failed tenants' codes)
 */
public record EveryTenantJob(String lock, String title, Duration atMostFor, Duration atLeastFor, String report) {

    /** Its lock and hold times, as the cluster lock takes them. */
    public OneNodeJob oneNode() {
        return new OneNodeJob(lock, atMostFor, atLeastFor);
    }
}
