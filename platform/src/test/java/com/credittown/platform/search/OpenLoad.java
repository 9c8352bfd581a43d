package com.credittown.platform.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load for the benchmarks: operations are scheduled at a fixed rate by the clock (not after the previous
 * one answered), run on a pool, and each latency is measured from the operation's INTENDED start, so a slow answer
 * that delays the next ones counts against all of them (no coordinated omission).
 */
final class OpenLoad {

    /** One operation; {@code sequence} counts from 0. */
    interface Operation {
        /** @return the kind to record the latency under, or null to record nothing */
        String run(long sequence) throws Exception;
    }

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();
    private volatile Exception firstFailure;

    /**
     * Runs {@code operation} {@code perSecond} times a second for {@code seconds} on {@code threads} threads, then waits
     * for the operations started to finish.
     *
     * @return the rate achieved (operations finished per second of the whole run)
     */
    double run(String name, double perSecond, int seconds, int threads, Operation operation)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long period = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (long i = 0; ; i++) {
            long intended = start + i * period;
            if (intended >= end) {
                break;
            }
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long sequence = i;
            pool.execute(() -> {
                String kind;
                try {
                    kind = operation.run(sequence);
                } catch (Exception e) {
                    failures.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
                    if (firstFailure == null) {
                        firstFailure = e;
                    }
                    return;
                }
                done.incrementAndGet();
                if (kind != null) {
                    long latency = System.nanoTime() - intended;
                    record(kind, latency);
                    record("all", latency);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    void record(String kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }

    /** Operations finished so far (all {@link #run}s of this load). */
    long done() {
        return done.get();
    }

    long failures(String name) {
        AtomicLong failed = failures.get(name);
        return failed == null ? 0 : failed.get();
    }

    Exception firstFailure() {
        return firstFailure;
    }

    /** {@code count, p50, p95, p99, max} in ms, or null if nothing was recorded under the kind. */
    double[] summary(String kind) {
        List<Long> recorded = latencies.get(kind);
        if (recorded == null || recorded.isEmpty()) {
            return null;
        }
        long[] sorted;
        synchronized (recorded) {
            sorted = recorded.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(sorted);
        return new double[] {sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6};
    }

    /** A markdown table row: {@code | kind | count | p50 | p95 | p99 | max |}. */
    String row(String kind) {
        double[] s = summary(kind);
        return s == null ? "| " + kind + " | 0 | | | | |"
                : String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f |", kind, (long) s[0], s[1], s[2], s[3], s[4]);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
