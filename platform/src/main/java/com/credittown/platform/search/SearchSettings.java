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
 *                          {@code smartcn}. Takes effect for a new index: run a full reindex after changing it.
 * @param replicas          replicas of each new index (0 on a single node)
 * @param dispatcher        the outbox dispatcher
 * @param reindexBatchSize  documents per bulk request of a full reindex
 */
@ConfigurationProperties("credittown.search")
public record SearchSettings(@DefaultValue("") String indexPrefix,
                             @DefaultValue("standard") String nameAnalyzer,
                             @DefaultValue("0") int replicas,
                             @DefaultValue Dispatcher dispatcher,
                             @DefaultValue("2000") int reindexBatchSize) {

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
