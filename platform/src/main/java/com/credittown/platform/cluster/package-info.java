/**
 * Several application nodes on one database: cluster-wide locks so each scheduled job runs on one node at a time
 * ({@link com.credittown.platform.cluster.ClusterLock}), and the node's name in logs and job runs.
 */
package com.credittown.platform.cluster;
