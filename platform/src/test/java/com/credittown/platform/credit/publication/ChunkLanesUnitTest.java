package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.uscc.UsccGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lanes of an import's chunks: one lane per subject code, in order within a lane, lanes at the same time. */
class ChunkLanesUnitTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A chunk standing for one row (its problem's row number tells it apart). */
    private static ImportChunk chunk(int row) {
        return ImportChunk.rejected(new RowProblem(row, row + 1, "", "row " + row, List.of()));
    }

    private static long rowOf(ImportChunk chunk) {
        return chunk.problems().get(0).row();
    }

    @Test
    void everyRowOfASubjectCodeGoesToTheSameLaneAndTheCodesSpreadOverAllLanes() {
        UsccGenerator generator = new UsccGenerator(new Random(7));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            codes.add(generator.next("441900").value());
        }
        for (int lanes = 2; lanes <= 4; lanes++) {
            int[] perLane = new int[lanes];
            for (String code : codes) {
                int lane = ChunkLanes.laneOf(code, lanes);
                // the same code, read again from another row of the file (another String), lands in the same lane
                assertThat(ChunkLanes.laneOf(new String(code.toCharArray()), lanes)).isEqualTo(lane);
                perLane[lane]++;
            }
            for (int count : perLane) {
                // no lane left idle, none doing most of the work
                assertThat(count).isBetween(codes.size() / lanes / 2, codes.size() / lanes * 3 / 2);
            }
        }
        assertThat(codes).allSatisfy(code -> assertThat(ChunkLanes.laneOf(code, 1)).isZero());
    }

    @Test
    void eachLaneCommitsItsChunksInOrderOnOneThreadWhileTheLanesRunAtTheSameTime() {
        int lanes = 3;
        // the first chunk of every lane waits until all three lanes hold one: this passes only if they run at once
        CyclicBarrier together = new CyclicBarrier(lanes);
        Map<Long, String> threadOfLane = new ConcurrentHashMap<>();
        List<List<Long>> committed = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            committed.add(Collections.synchronizedList(new ArrayList<>()));
        }
        ChunkLanes chunkLanes = new ChunkLanes(lanes, 2, threads::submit, chunk -> {
            long row = rowOf(chunk);
            int lane = (int) (row % lanes);
            if (row < lanes) {
                try {
                    together.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the lanes did not run at the same time", e);
                }
            }
            String before = threadOfLane.putIfAbsent((long) lane, Thread.currentThread().getName());
            assertThat(before == null ? Thread.currentThread().getName() : before)
                    .isEqualTo(Thread.currentThread().getName());
            committed.get(lane).add(row);
        });

        for (int row = 0; row < 30; row++) {
            chunkLanes.submit(row % lanes, chunk(row));
        }
        chunkLanes.finish();

        for (int lane = 0; lane < lanes; lane++) {
            List<Long> expected = new ArrayList<>();
            for (long row = lane; row < 30; row += lanes) {
                expected.add(row);
            }
            assertThat(committed.get(lane)).containsExactlyElementsOf(expected);
        }
        assertThat(threadOfLane.values()).doesNotHaveDuplicates().hasSize(lanes);
    }

    @Test
    void aLaneThatFailsStopsTheOthersAndTheReaderHearsWhy() {
        List<Long> committed = new CopyOnWriteArrayList<>();
        IllegalStateException broken = new IllegalStateException("the database went away");
        AtomicInteger failures = new AtomicInteger();
        ChunkLanes chunkLanes = new ChunkLanes(2, 1, threads::submit, chunk -> {
            if (rowOf(chunk) == 1) {
                failures.incrementAndGet();
                throw broken;
            }
            committed.add(rowOf(chunk));
        });

        assertThatThrownBy(() -> {
            for (int row = 0; row < 1000; row++) {
                chunkLanes.submit(row % 2, chunk(row));
            }
            chunkLanes.finish();
        }).isSameAs(broken);
        assertThatThrownBy(chunkLanes::finish).isSameAs(broken);
        // lane 1 committed nothing after its failure; lane 0 stopped too, long before the 500 chunks it was to get
        assertThat(committed).noneMatch(row -> row % 2 == 1);
        assertThat(committed.size()).isLessThan(500);
    }
}
