package com.credittown.platform.credit.grade;

import static com.credittown.platform.credit.RecordKind.DISHONESTY;
import static com.credittown.platform.credit.RecordKind.HONOUR;
import static com.credittown.platform.credit.RecordKind.LICENCE;
import static com.credittown.platform.credit.RecordKind.PENALTY;
import static com.credittown.platform.credit.RecordKind.REWARD;
import static com.credittown.platform.credit.RecordState.ARCHIVED;
import static com.credittown.platform.credit.RecordState.PUBLICITY_ENDED;
import static com.credittown.platform.credit.RecordState.PUBLISHED;
import static com.credittown.platform.credit.Severity.GENERAL;
import static com.credittown.platform.credit.Severity.MINOR;
import static com.credittown.platform.credit.Severity.SEVERE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped city model (grading/city-default.json) applied by the calculator. */
class GradeCalculatorUnitTest {

    private final GradeCalculator calculator = new GradeCalculator(cityDefault());

    private static ScoringModel cityDefault() {
        try (InputStream in = GradeCalculatorUnitTest.class.getResourceAsStream("/grading/city-default.json")) {
            return new ScoringModelReader().read(in, "grading/city-default.json");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GradedRecord record(long id, RecordKind kind, Severity severity, RecordState state) {
        return new GradedRecord(id, kind, severity, state, "record " + id);
    }

    @Test
    void aSubjectWithoutRecordsStartsAtOneHundredAndGradeA() {
        GradeAssessment assessment = calculator.assess(List.of());

        assertThat(assessment.grade()).isEqualTo(Grade.A);
        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.model()).isEqualTo("city-default");
        assertThat(assessment.contributions()).isEmpty();
    }

    @Test
    void aSevereDishonestyRecordInPublicityDeductsFortyHoldsTheGradeAtDAndIsNamedInTheExplanation() {
        GradeAssessment assessment = calculator.assess(List.of(
                record(1, LICENCE, null, PUBLISHED),
                record(2, DISHONESTY, SEVERE, PUBLISHED)));

        // 60 points would be C; an unrepaired severe record holds the grade at D (the model's cap)
        assertThat(assessment.score()).isEqualTo(60);
        assertThat(assessment.grade()).isEqualTo(Grade.D);
        assertThat(assessment.contributions()).hasSize(2).allSatisfy(c -> {
            assertThat(c.recordId()).isEqualTo(2);
            assertThat(c.title()).isEqualTo("record 2");
        });
        assertThat(assessment.contributions().get(0).points()).isEqualTo(-40);
        assertThat(assessment.contributions().get(0).rule()).contains("DISHONESTY SEVERE -40 while in publicity");
        assertThat(assessment.contributions().get(1).points()).isZero();
        assertThat(assessment.contributions().get(1).rule()).contains("holds the grade at D");
    }

    @Test
    void aSubjectOnTheSevereDishonestyListGradesDWhileListedAndNotAfterRemoval() {
        GradeAssessment listed = calculator.assess(List.of(
                record(1, HONOUR, null, PUBLISHED),
                record(2, RecordKind.SEVERE_LIST, SEVERE, PUBLISHED)));
        GradeAssessment removed = calculator.assess(List.of(
                record(1, HONOUR, null, PUBLISHED),
                record(2, RecordKind.SEVERE_LIST, SEVERE, RecordState.PUBLICITY_ENDED)));

        // the list entry costs no points of its own: the cap holds the grade at D whatever the score
        assertThat(listed.score()).isEqualTo(100);
        assertThat(listed.grade()).isEqualTo(Grade.D);
        assertThat(listed.contributions()).anySatisfy(c -> {
            assertThat(c.recordId()).isEqualTo(2);
            assertThat(c.rule()).contains("SEVERE_LIST").contains("holds the grade at D");
        });
        assertThat(removed.grade()).isEqualTo(Grade.A);
    }

    @Test
    void anHonourDoesNotLiftAnUnrepairedSevereRecordNorDoesASeverePenaltyInPublicityGradeBetterThanD() {
        GradeAssessment honoured = calculator.assess(List.of(
                record(1, DISHONESTY, SEVERE, PUBLISHED),
                record(2, HONOUR, null, PUBLISHED),
                record(3, HONOUR, null, PUBLISHED)));
        GradeAssessment penalised = calculator.assess(List.of(record(4, PENALTY, SEVERE, PUBLISHED)));
        GradeAssessment repaired = calculator.assess(List.of(record(5, PENALTY, SEVERE, PUBLICITY_ENDED)));

        assertThat(honoured.score()).isEqualTo(70);
        assertThat(honoured.grade()).isEqualTo(Grade.D);
        assertThat(penalised.score()).isEqualTo(95);
        assertThat(penalised.grade()).isEqualTo(Grade.D);
        assertThat(repaired.grade()).isEqualTo(Grade.A);
    }

    @Test
    void aDishonestyRecordNoLongerCountsOnceItsPublicityEnded() {
        GradeAssessment assessment = calculator.assess(List.of(
                record(1, DISHONESTY, SEVERE, PUBLICITY_ENDED),
                record(2, DISHONESTY, GENERAL, ARCHIVED)));

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.grade()).isEqualTo(Grade.A);
        assertThat(assessment.contributions()).isEmpty();
    }

    @Test
    void deductionsAddUpPerSeverityAndPenalty() {
        GradeAssessment assessment = calculator.assess(List.of(
                record(1, DISHONESTY, MINOR, PUBLISHED),
                record(2, DISHONESTY, GENERAL, PUBLISHED),
                record(3, PENALTY, null, PUBLISHED)));

        assertThat(assessment.score()).isEqualTo(75);
        assertThat(assessment.grade()).isEqualTo(Grade.B);
        assertThat(assessment.contributions()).extracting(Contribution::recordId, Contribution::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, -5),
                        org.assertj.core.groups.Tuple.tuple(2L, -15),
                        org.assertj.core.groups.Tuple.tuple(3L, -5));
    }

    @Test
    void honoursAndRewardsOffsetDeductionsUpToTheirCapAndNeverAboveTheMaximum() {
        GradeAssessment assessment = calculator.assess(List.of(
                record(1, DISHONESTY, GENERAL, PUBLISHED),
                record(2, HONOUR, null, PUBLISHED),
                record(3, HONOUR, null, PUBLICITY_ENDED),
                record(4, HONOUR, null, PUBLISHED),
                record(5, REWARD, null, ARCHIVED)));

        assertThat(assessment.score()).isEqualTo(95);
        assertThat(assessment.contributions()).extracting(Contribution::recordId).containsExactly(1L, 2L, 3L);

        GradeAssessment clean = calculator.assess(List.of(record(6, REWARD, null, PUBLISHED)));
        assertThat(clean.score()).isEqualTo(100);
        assertThat(clean.contributions()).extracting(Contribution::points).containsExactly(3);
    }

    @Test
    void theScoreNeverFallsBelowTheMinimum() {
        GradeAssessment assessment = calculator.assess(List.of(
                record(1, DISHONESTY, SEVERE, PUBLISHED),
                record(2, DISHONESTY, SEVERE, PUBLISHED),
                record(3, DISHONESTY, SEVERE, PUBLISHED)));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.grade()).isEqualTo(Grade.D);
        // three deductions (the score stops at the minimum) and three records holding the grade at D
        assertThat(assessment.contributions()).extracting(Contribution::points).containsExactly(-40, -40, -40, 0, 0, 0);
    }

    @Test
    void thresholdsAreInclusive() {
        assertThat(calculator.gradeOf(90)).isEqualTo(Grade.A);
        assertThat(calculator.gradeOf(89)).isEqualTo(Grade.B);
        assertThat(calculator.gradeOf(75)).isEqualTo(Grade.B);
        assertThat(calculator.gradeOf(74)).isEqualTo(Grade.C);
        assertThat(calculator.gradeOf(60)).isEqualTo(Grade.C);
        assertThat(calculator.gradeOf(59)).isEqualTo(Grade.D);
    }

    @Test
    void aModelWithATypoIsRefused() {
        String json = """
                {"name": "typo", "startScore": 100, "minScore": 0, "maxScore": 100, "rules": [],
                 "thresholds": [], "otherwise": "D", "treshold": 3}""";
        assertThatThrownBy(() -> new ScoringModelReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "typo.json"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("typo.json").hasMessageContaining("treshold");
    }
}
