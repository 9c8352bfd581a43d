package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The random draw of a graded inspection plan, reproducible from its seed: per grade A, B, C, D in that order, the
 * grade's candidates in subject-id order, {@code ceil(n × ratio / 100)} of them chosen by a partial Fisher–Yates
 * shuffle driven by {@link Random} (its algorithm is fixed by the Java specification, so the same seed, population and
 * ratios give the same plan on any JVM); then each drawn subject gets an inspector chosen from the inspectors in name
 * order by the same generator.
 */
final class SamplingDraw {

    private SamplingDraw() {
    }

    /** How many of {@code population} subjects a ratio in percent draws (rounded up; 100% draws every one). */
    static int quota(int population, int ratio) {
        return (int) Math.min(population, ((long) population * ratio + 99) / 100);
    }

    static List<DrawnSubject> draw(List<SamplingCandidate> population, Map<Grade, Integer> ratios, long seed,
                                   List<String> inspectors) {
        Random random = new Random(seed);
        List<SamplingCandidate> chosen = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            List<SamplingCandidate> pool = new ArrayList<>(population.stream().filter(c -> c.grade() == grade)
                    .sorted(Comparator.comparingLong(SamplingCandidate::subjectId)).toList());
            int quota = quota(pool.size(), ratios.getOrDefault(grade, 0));
            for (int i = 0; i < quota; i++) {
                int pick = i + random.nextInt(pool.size() - i);
                SamplingCandidate picked = pool.get(pick);
                pool.set(pick, pool.get(i));
                pool.set(i, picked);
                chosen.add(picked);
            }
        }
        List<String> names = inspectors.stream().sorted().toList();
        List<DrawnSubject> drawn = new ArrayList<>();
        for (SamplingCandidate c : chosen) {
            String inspector = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
            drawn.add(new DrawnSubject(c, drawn.size() + 1, inspector));
        }
        return drawn;
    }
}
