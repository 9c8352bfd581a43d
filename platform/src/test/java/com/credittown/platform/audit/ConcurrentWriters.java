package com.credittown.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Writers on threads of their own, released at once, each writing its share one after the other. */
final class ConcurrentWriters {

    interface Write {
        void write(int writer, int index) throws Exception;
    }

    private ConcurrentWriters() {
    }

    static void run(int writers, int each, Write write) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        write.write(writer, i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(180, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
