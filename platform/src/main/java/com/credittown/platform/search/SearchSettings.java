package com.credittown.platform.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search configuration ({@code credittown.search.*}).
 *
 * @param indexPrefix       prefix of every alias and concrete index, e.g. {@code credittown} gives the alias
 *                          {@code credittown-subjects}. Empty (the default): the database's name, so each
 *                          database has its own indices (document ids are database ids; two databases sharing one
 *                          alias would overwrite each other's documents)
 * @param nameAnalyzer      analyzer of the {@code name} field. {@code standard} works on every server (it splits
 *                          Chinese into single characters, so names are found with phrase queries); a production
 *                          cluster with the plugin installed can use {@code ik_smart}, {@code ik_max_word} or
 *                          {@code smartcn}. Takes effect for a new index: after a change, the next start rebuilds
 *                          each index in the background ({@link SearchMappingUpgrade}).
 * @param replicas          replicas of each new index (0 on a single node)
 * @param dispatcher        the outbox dispatcher
 * @param reindexBatchSize  documents per bulk request of a full reindex
 * @param client            the application's connections to Elasticsearch
 */
@ConfigurationProperties("credittown.search")
public record SearchSettings(@DefaultValue("") String indexPrefix,
                             @DefaultValue("standard") String nameAnalyzer,
                             @DefaultValue("0") int replicas,
                             @DefaultValue Dispatcher dispatcher,
                             @DefaultValue("2000") int reindexBatchSize,
                             @DefaultValue Client client) {

    /**
     * The connection pool of the application's Elasticsearch client (one pool for searches, the outbox's bulk requests
     * and a reindex). The client's own defaults (10 per node, 30 in all) let 10 waiting searches hold every connection
     * while the outbox's bulk request waited behind them, so a change became searchable seconds late exactly when
     * searching was busy (docs/benchmarks/search.md). With more connections than the application runs searches at
     * once, the searches queue in Elasticsearch's own search queue (1,000 by default) and the bulk request goes
     * straight to its write pool.
     *
     * @param maxConnectionsPerNode connections to one Elasticsearch node at most
     * @param maxConnections        connections to all nodes together at most
     */
    public record Client(@DefaultValue("50") int maxConnectionsPerNode,
                         @DefaultValue("100") int maxConnections) {
    }

    /**
     * @param enabled           whether this node dispatches the outbox
     * @param intervalMs        pause between two dispatcher runs (see {@code @Scheduled} on the dispatcher)
     * @param batchSize         outbox rows taken per bulk request
     * @param maxBackoff        cap of the back-off of a row whose document Elasticsearch refused
     * @param maxOutageBackoff  cap of the pause of the whole dispatcher while Elasticsearch cannot be reached
     */
    public record Dispatcher(@DefaultValue("true") boolean enabled,
                             @DefaultValue("500") long intervalMs,
                             @DefaultValue("500") int batchSize,
                             @DefaultValue("5m") Duration maxBackoff,
                             @DefaultValue("15s") Duration maxOutageBackoff) {
    }
}
