package com.credittown.platform.credit.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The chunks of one import committed on parallel lanes: each lane commits the chunks it is given one after the other,
 * in the order they were given, on a thread of its own; lanes run at the same time. {@link ImportChunks} gives every
 * row of one subject code to the same lane ({@link #laneOf}), so a subject's records are added and the subject
 * graded in the file's order, and no two lanes write the same subject.
 *
 * <p>A lane holds at most {@code queued} chunks waiting: the reader waits for the lane instead of reading the file
 * into memory. When a lane fails, the others commit nothing more (what they committed stays: those rows are counted
 * on the job) and the failure is thrown to the reader.
 */
final class ChunkLanes {

    /** The end of a lane's chunks (compared by identity). */
    private static final ImportChunk END = new ImportChunk(List.of(), List.of(), 0);

    private final List<BlockingQueue<ImportChunk>> queues = new ArrayList<>();
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /**
     * @param lanes  how many lanes
     * @param queued chunks a lane holds waiting before the reader waits for it
     * @param start  starts a lane's work on a thread of its own (bound to the import's tenant)
     * @param commit commits one chunk (in its own transaction)
     */
    ChunkLanes(int lanes, int queued, Function<Runnable, Future<?>> start, Consumer<ImportChunk> commit) {
        for (int i = 0; i < lanes; i++) {
            BlockingQueue<ImportChunk> queue = new ArrayBlockingQueue<>(queued);
            queues.add(queue);
            running.add(start.apply(() -> drain(queue, commit)));
        }
    }

    /**
     * The lane of a subject code among {@code lanes}: always the same for one code. Rows rejected before they name a
     * usable code go to lane 0 (see {@link ImportChunks}).
     */
    static int laneOf(String subjectCode, int lanes) {
        return Math.floorMod(subjectCode.hashCode(), lanes);
    }

    int lanes() {
        return queues.size();
    }

    /**
     * Gives the chunk to the lane, waiting while the lane holds {@code queued} chunks.
     *
     * @throws RuntimeException the failure of a lane, once one failed
     */
    void submit(int lane, ImportChunk chunk) {
        throwFailure();
        put(lane, chunk);
    }

    /**
     * Waits until every lane committed the chunks it was given (or stopped after a lane's failure).
     *
     * @throws RuntimeException the first failure of a lane
     */
    void finish() {
        for (int lane = 0; lane < queues.size(); lane++) {
            put(lane, END);
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the import's chunks", e);
            } catch (ExecutionException e) {
                failure.compareAndSet(null, new IllegalStateException("A lane of the import stopped", e.getCause()));
            }
        }
        throwFailure();
    }

    private void drain(BlockingQueue<ImportChunk> queue, Consumer<ImportChunk> commit) {
        while (true) {
            ImportChunk chunk;
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new IllegalStateException("A lane of the import was interrupted", e));
                return;
            }
            if (chunk == END) {
                return;
            }
            if (failure.get() != null) {
                continue; // another lane failed: commit nothing more, but keep taking so the reader never waits for ever
            }
            try {
                commit.accept(chunk);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    private void throwFailure() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    /** Waits for room in the lane; gives up when the lane has stopped (its thread interrupted: nothing takes). */
    private void put(int lane, ImportChunk chunk) {
        try {
            while (!queues.get(lane).offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (running.get(lane).isDone()) {
                    if (chunk != END) {
                        throwFailure();
                        throw new IllegalStateException("A lane of the import stopped");
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing a chunk of the import on", e);
        }
    }
}
