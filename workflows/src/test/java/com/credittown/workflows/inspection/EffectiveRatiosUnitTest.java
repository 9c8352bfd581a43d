package com.credittown.workflows.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.law.Citations;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The effective-ratio rule: a town's override applies only above the city's ratio (a town may inspect more, never
 * less); an override the city has since caught up with leaves the city's ratio in force; refusals name the grade and
 * both ratios in both languages; a plan's recorded sources read back as recorded.
 */
class EffectiveRatiosUnitTest {

    private static final Map<Grade, Integer> CITY = Map.of(Grade.A, 5, Grade.B, 20, Grade.C, 60, Grade.D, 100);

    @Test
    void withoutAnOverrideEveryGradeAppliesTheCitysRatio() {
        Map<Grade, EffectiveRatio> effective = EffectiveRatios.of(CITY, Map.of());
        assertThat(EffectiveRatios.ratios(effective)).isEqualTo(CITY);
        assertThat(effective.values()).allMatch(e -> e.source() == RatioSource.CITY && e.tenantRatio() == null);
        assertThat(effective.keySet()).containsExactly(Grade.A, Grade.B, Grade.C, Grade.D);
    }

    @Test
    void anOverrideAboveTheCitysRatioAppliesAndOnlyForItsGrade() {
        Map<Grade, EffectiveRatio> effective = EffectiveRatios.of(CITY, Map.of(Grade.A, 30));
        assertThat(effective.get(Grade.A)).isEqualTo(new EffectiveRatio(Grade.A, 5, 30, 30, RatioSource.TENANT));
        assertThat(effective.get(Grade.B)).isEqualTo(new EffectiveRatio(Grade.B, 20, null, 20, RatioSource.CITY));
    }

    @Test
    void anOverrideTheCityHasCaughtUpWithLeavesTheCitysRatioInForce() {
        // set at 8% when the city's was 5%; the city now samples A at 10%: the town never inspects less than the city
        Map<Grade, EffectiveRatio> effective = EffectiveRatios.of(Map.of(Grade.A, 10, Grade.B, 20, Grade.C, 60,
                Grade.D, 100), Map.of(Grade.A, 8, Grade.B, 20));
        assertThat(effective.get(Grade.A)).isEqualTo(new EffectiveRatio(Grade.A, 10, 8, 10, RatioSource.CITY));
        assertThat(effective.get(Grade.B).source()).isEqualTo(RatioSource.CITY);
        assertThat(effective.get(Grade.B).ratio()).isEqualTo(20);
    }

    @Test
    void anOverrideBelowTheCityOrOutsideZeroToOneHundredIsRefusedInBothLanguages() {
        RatioRefused below = EffectiveRatios.refusal(Grade.B, 10, 20).orElseThrow();
        assertThat(below.belowCity()).isTrue();
        assertThat(below.field()).isEqualTo("ratio");
        assertThat(below.zh()).contains("B级", "10%", "低于市信用办设置的 20%");
        assertThat(below.en()).contains("10% for grade B is below the city's ratio of 20%");
        assertThat(EffectiveRatios.refusal(Grade.B, 101, 20).orElseThrow().code()).isEqualTo("out-of-range");
        assertThat(EffectiveRatios.refusal(Grade.A, -1, 0).orElseThrow().code()).isEqualTo("out-of-range");
        assertThat(EffectiveRatios.refusal(Grade.A, null, 5).orElseThrow().code()).isEqualTo("required");
        assertThat(EffectiveRatios.refusal(Grade.B, 20, 20)).isEmpty();
        assertThat(EffectiveRatios.refusal(Grade.D, 100, 100)).isEmpty();
        assertThat(EffectiveRatios.refusal(Grade.A, 6, 5)).isEmpty();
    }

    @Test
    void aPlansSourcesReadBackAsRecordedAndAnOldPlanAppliedTheCitys() {
        Map<Grade, RatioSource> sources = EffectiveRatios.sources(EffectiveRatios.of(CITY, Map.of(Grade.C, 80)));
        String encoded = EffectiveRatios.encodeSources(sources);
        assertThat(encoded).isEqualTo("A:CITY,B:CITY,C:TENANT,D:CITY");
        assertThat(EffectiveRatios.decodeSources(encoded)).isEqualTo(sources);
        assertThat(EffectiveRatios.decodeSources(null).values()).containsOnly(RatioSource.CITY).hasSize(4);
    }

    @Test
    void theWordingSaysWhoseEachRatioIsAndCitesNoDocument() {
        Map<Grade, Integer> ratios = Map.of(Grade.A, 30, Grade.B, 20, Grade.C, 60, Grade.D, 100);
        Map<Grade, RatioSource> sources = EffectiveRatios.decodeSources("A:TENANT");
        String zh = EffectiveRatios.zh(ratios, sources);
        String en = EffectiveRatios.en(ratios, sources);
        assertThat(zh).startsWith("本镇街（园区）设置：").contains("A级30%（本镇街（园区）上调）", "B级20%（市信用办设置）");
        assertThat(en).startsWith("The town's setting: ")
                .contains("A 30% (raised by the town)", "B 20% (the city's setting)");
        assertThat(EffectiveRatios.zh(CITY, EffectiveRatios.decodeSources(null))).startsWith("市信用办设置：");
        Citations citations = Citations.load();
        assertThat(citations.problems(zh)).isEmpty();
        assertThat(citations.problemsInEnglish(zh, en)).isEmpty();
    }
}
