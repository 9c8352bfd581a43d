package com.credittown.platform.cluster;

import java.time.Duration;

/**
 * A scheduled job that runs on one node of the cluster at a time, as {@link ClusterLock#onOneNode} runs it: the one
 * shape in which a job names its lock and how long a run holds it.
 *
 * @param lock       its row in the cluster lock ({@code job_lock.name}), e.g. {@code "idempotency-purge"}
 * @param atMostFor  how long a run may hold the lock (a node that dies mid-run frees it then)
 * @param atLeastFor how long the lock stays taken from the start (a node firing a little later does not run again)
 */
public record OneNodeJob(String lock, Duration atMostFor, Duration atLeastFor) {
}
