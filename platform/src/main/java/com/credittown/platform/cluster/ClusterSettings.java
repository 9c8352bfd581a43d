package com.credittown.platform.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.cluster.*}.
 *
 * @param nodeName      this node's name in job locks and runs; empty: host name and process id
 * @param runRetention  how long the record of a job run is kept
 */
@ConfigurationProperties("credittown.cluster")
record ClusterSettings(@DefaultValue("") String nodeName, @DefaultValue("P7D") Duration runRetention) {

    ClusterSettings {
        if (nodeName.length() > 200) {
            throw new IllegalArgumentException("credittown.cluster.node-name must have at most 200 characters");
        }
        if (runRetention.isNegative()) {
            throw new IllegalArgumentException("credittown.cluster.run-retention must not be negative");
        }
    }

    String node() {
        if (!nodeName.isBlank()) {
            return nodeName;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
