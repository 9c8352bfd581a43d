package com.credittown.workflows.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.law.Citations;
import org.junit.jupiter.api.Test;

/** The ratios are shown as the city's setting, the plan is quoted only from (十八), and bad ratios stop the start. */
class SamplingBasesUnitTest {

    private final Citations citations = Citations.load();

    @Test
    void theRatiosAreTheCitysSettingAndThePlanIsQuotedFromSectionEighteen() {
        SamplingSettings settings = new SamplingSettings(5, 20, 60, 100, 50);
        assertThat(settings.zh()).startsWith("市信用办设置：").contains("A级5%", "D级100%");
        assertThat(citations.problems(settings.zh())).isEmpty();
        assertThat(citations.problemsInEnglish(settings.zh(), settings.en())).isEmpty();
        assertThat(citations.problems(InspectionPlans.PLAN_BASIS_ZH)).isEmpty();
        assertThat(citations.problemsInEnglish(InspectionPlans.PLAN_BASIS_ZH, InspectionPlans.PLAN_BASIS_EN)).isEmpty();
        assertThat(citations.problems(InspectionPlans.DEFAULT_BASIS)).isEmpty();
        assertThat(citations.problems(InspectionPlans.PLAN_BASIS_ZH.replace("（十八）", "（十七）"))).isNotEmpty();
    }

    @Test
    void aRatioOutsideZeroToOneHundredOrARiskierGradeSampledLessStopsTheStart() {
        assertThatThrownBy(() -> new SamplingSettings(5, 20, 60, 101, 50)).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new SamplingSettings(30, 20, 60, 100, 50)).hasMessageContaining("a <= b <= c <= d");
    }
}
