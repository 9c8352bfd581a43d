package com.credittown.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.LongSupplier;
import java.util.function.Consumer;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * What the machine and Elasticsearch do while the benchmark's load runs, every few seconds: operations finished in the
 * window (so a stall shows as a window with none), the Elasticsearch search and write pools (active, queued,
 * rejected), its CPU, the merges running on the index and its segment count, the load average and the benchmark
 * JVM's own CPU. Read-only calls on a client of its own (never queued behind the load's connections).
 */
final class LoadSampler implements AutoCloseable {

    private final RestClient rest;
    private final String alias;
    private final Object applicationPool;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param application the application's own low-level client (its connection pool is sampled: connections leased,
     *                    requests waiting for one), or null
     */
    LoadSampler(String uri, String alias, RestClient application) {
        this.rest = RestClient.builder(HttpHost.create(uri)).build();
        this.alias = alias;
        this.applicationPool = connectionManager(application);
    }

    /** The connection manager inside the low-level client (Apache HttpAsyncClient internals; null if they changed). */
    private static Object connectionManager(RestClient client) {
        if (client == null) {
            return null;
        }
        try {
            Object http = field(client, RestClient.class, "client");
            return field(http, http.getClass(), "connmgr");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object field(Object target, Class<?> type, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    /** Samples every {@code periodMs} until interrupted; each counter is printed as its change over the window. */
    Thread start(long periodMs, Consumer<String> log, String[] names, LongSupplier... counters) {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            long[] last = new long[counters.length];
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                    return;
                }
                StringBuilder line = new StringBuilder(String.format("t=%3.0fs", (System.nanoTime() - start) / 1e9));
                for (int i = 0; i < counters.length; i++) {
                    long now = counters[i].getAsLong();
                    line.append(' ').append(names[i]).append('+').append(now - last[i]);
                    last[i] = now;
                }
                line.append(" | ").append(sample());
                log.accept(line.toString());
            }
        }, "load-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** One line: Elasticsearch pools, CPU, merges and segments; the machine's load; this JVM's CPU. */
    String sample() {
        StringBuilder line = new StringBuilder();
        if (applicationPool instanceof org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager pool) {
            org.apache.http.pool.PoolStats stats = pool.getTotalStats();
            line.append(String.format("client pool leased %d (max %d per node, %d in all) waiting %d; ",
                    stats.getLeased(), pool.getDefaultMaxPerRoute(), stats.getMax(), stats.getPending()));
        }
        try {
            JsonNode node = first(get("/_nodes/_local/stats/thread_pool,os,process"
                    + "?filter_path=nodes.*.thread_pool.search,nodes.*.thread_pool.write,nodes.*.os.cpu.percent,"
                    + "nodes.*.process.cpu.percent"));
            for (String pool : new String[] {"search", "write"}) {
                JsonNode p = node.path("thread_pool").path(pool);
                line.append(String.format("es.%s active %d queue %d rejected %d; ", pool, p.path("active").asInt(),
                        p.path("queue").asInt(), p.path("rejected").asLong()));
            }
            line.append(String.format("es cpu %d%% (os %d%%); ", node.path("process").path("cpu").path("percent").asInt(),
                    node.path("os").path("cpu").path("percent").asInt()));
            JsonNode index = get("/" + alias + "/_stats/merge,segments,refresh?filter_path=_all.primaries.merges.current,"
                    + "_all.primaries.merges.total_time_in_millis,_all.primaries.segments.count,"
                    + "_all.primaries.refresh.total").path("_all").path("primaries");
            line.append(String.format("merges running %d (total %.0f s), segments %d, refreshes %d; ",
                    index.path("merges").path("current").asInt(),
                    index.path("merges").path("total_time_in_millis").asLong() / 1e3,
                    index.path("segments").path("count").asInt(), index.path("refresh").path("total").asLong()));
        } catch (IOException | RuntimeException e) {
            line.append("es stats failed: ").append(e).append("; ");
        }
        line.append("load ").append(loadAverage());
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
            line.append(String.format("; bench jvm cpu %.0f%% of the machine", bean.getProcessCpuLoad() * 100));
        }
        return line.toString();
    }

    /** Waits (at most {@code maxMs}) until no merge runs on the index. @return the ms waited */
    long awaitMerges(long maxMs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < maxMs) {
            int running = get("/" + alias + "/_stats/merge?filter_path=_all.primaries.merges.current")
                    .path("_all").path("primaries").path("merges").path("current").asInt();
            if (running == 0) {
                break;
            }
            Thread.sleep(500);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private JsonNode get(String path) throws IOException {
        return json.readTree(EntityUtils.toString(rest.performRequest(new Request("GET", path)).getEntity()));
    }

    private static JsonNode first(JsonNode response) {
        Iterator<JsonNode> nodes = response.path("nodes").elements();
        return nodes.hasNext() ? nodes.next() : response;
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
