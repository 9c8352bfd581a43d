package com.credittown.workflows.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.grade.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplingDrawUnitTest {

    private static final Map<Grade, Integer> CITY = Map.of(Grade.A, 5, Grade.B, 20, Grade.C, 60, Grade.D, 100);

    private static List<SamplingCandidate> population(int a, int b, int c, int d) {
        List<SamplingCandidate> all = new ArrayList<>();
        long id = 1;
        for (Grade g : Grade.values()) {
            int n = switch (g) { case A -> a; case B -> b; case C -> c; case D -> d; };
            for (int i = 0; i < n; i++, id++) {
                all.add(new SamplingCandidate(id, "code" + id, "name" + id, g));
            }
        }
        return all;
    }

    private static long drawn(List<DrawnSubject> drawn, Grade grade) {
        return drawn.stream().filter(d -> d.candidate().grade() == grade).count();
    }

    @Test
    void eachGradeIsDrawnAtItsRatioRoundedUp() {
        List<DrawnSubject> drawn = SamplingDraw.draw(population(100, 40, 10, 3), CITY, 7L, List.of());
        assertThat(drawn(drawn, Grade.A)).isEqualTo(5);   // 5% of 100
        assertThat(drawn(drawn, Grade.B)).isEqualTo(8);   // 20% of 40
        assertThat(drawn(drawn, Grade.C)).isEqualTo(6);   // 60% of 10
        assertThat(drawn(drawn, Grade.D)).isEqualTo(3);   // 100% of 3
        assertThat(drawn.stream().map(d -> d.candidate().subjectId()).distinct().count()).isEqualTo(drawn.size());
        assertThat(SamplingDraw.quota(3, 5)).isEqualTo(1);   // 0.15 rounded up
        assertThat(SamplingDraw.quota(0, 100)).isZero();
        assertThat(SamplingDraw.quota(7, 0)).isZero();
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        List<SamplingCandidate> population = population(200, 50, 20, 4);
        List<String> inspectors = List.of("b.officer", "a.officer", "c.officer");
        List<DrawnSubject> first = SamplingDraw.draw(population, CITY, 20261207L, inspectors);
        // the population in another order (a query without order) changes nothing
        List<SamplingCandidate> reversed = new ArrayList<>(population);
        java.util.Collections.reverse(reversed);
        List<DrawnSubject> again = SamplingDraw.draw(reversed, CITY, 20261207L,
                List.of("c.officer", "a.officer", "b.officer"));
        assertThat(again).isEqualTo(first);
        List<DrawnSubject> other = SamplingDraw.draw(population, CITY, 20261208L, inspectors);
        assertThat(other.stream().map(d -> d.candidate().subjectId()).toList())
                .isNotEqualTo(first.stream().map(d -> d.candidate().subjectId()).toList());
        assertThat(first).allSatisfy(d -> assertThat(d.inspector()).isIn(inspectors));
    }

    @Test
    void everyDSubjectIsDrawnAtOneHundredPercentWhateverTheSeed() {
        for (long seed = 0; seed < 50; seed++) {
            List<DrawnSubject> drawn = SamplingDraw.draw(population(30, 10, 5, 6), CITY, seed, List.of());
            assertThat(drawn.stream().filter(d -> d.candidate().grade() == Grade.D)
                    .map(d -> d.candidate().subjectId())).containsExactlyInAnyOrder(46L, 47L, 48L, 49L, 50L, 51L);
            assertThat(drawn).allSatisfy(d -> assertThat(d.inspector()).isNull());
        }
    }
}
