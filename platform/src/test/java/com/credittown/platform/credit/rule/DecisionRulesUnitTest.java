package com.credittown.platform.credit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.grade.Grade;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The city's shipped decision rules, read from their data file, against subjects' facts. */
class DecisionRulesUnitTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 11, 27);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 26);
    private static final String CODE = "91441900MA4WDEM100";

    private final DecisionRules rules = shipped();

    @Test
    void aPenaltyInPublicityKeepsASubjectFromStarsDistrictsAndTheCertificate() {
        SubjectFacts subject = subject(Grade.A, record(RecordKind.PENALTY, null, LocalDate.of(2026, 10, 1), null,
                null));

        Verdict star = rules.evaluate(Decision.STAR_NOMINATION, subject, Arguments.parameter("minimumGrade", "B"));
        Verdict district = rules.evaluate(Decision.DISTRICT_ADMISSION, subject, Arguments.NONE);
        Verdict report = rules.evaluate(Decision.REPORT_CERTIFICATE, subject, Arguments.period(FIRST, LAST));
        Verdict commitment = rules.evaluate(Decision.COMMITMENT, subject, Arguments.NONE);

        assertThat(star.breaches()).extracting(b -> b.rule().id()).containsExactly("no-penalty-in-publicity");
        assertThat(district.breaches()).extracting(b -> b.rule().id()).containsExactly("no-penalty-in-publicity");
        assertThat(report.allowed()).isFalse();
        // a penalty that is not severe does not bar the commitment route
        assertThat(commitment.allowed()).isTrue();
        assertThat(star.reasons(Locale.SIMPLIFIED_CHINESE)).singleElement().asString()
                .contains("存在公示期内的行政处罚记录").contains("依据：市信用办设置");
    }

    @Test
    void aSevereRecordBarsTheCommitmentRouteNamingTheNationalRule() {
        SubjectFacts subject = subject(Grade.D, record(RecordKind.PENALTY, Severity.SEVERE, LocalDate.of(2026, 10, 1),
                null, null));

        Verdict commitment = rules.evaluate(Decision.COMMITMENT, subject, Arguments.NONE);

        assertThat(commitment.breaches()).extracting(b -> b.rule().id())
                .containsExactly("no-severe-record-in-publicity");
        assertThat(commitment.reasons(Locale.SIMPLIFIED_CHINESE)).singleElement().asString()
                .contains("国办发〔2020〕42号");
        assertThat(commitment.reasons(Locale.ENGLISH)).singleElement().asString()
                .startsWith("has a severe dishonesty or penalty record that is not repaired");
    }

    @Test
    void aFalseCommitmentIsAFactOfTheCommitmentsFeature() {
        SubjectFacts subject = new SubjectFacts(CODE, true, Grade.A, List.of(),
                Map.of("earlier-false-commitment", List.of("commitment 42")));

        Verdict commitment = rules.evaluate(Decision.COMMITMENT, subject, Arguments.NONE);

        assertThat(commitment.breaches()).extracting(b -> b.rule().id()).containsExactly("no-earlier-false-commitment");
        assertThat(commitment.reasons(Locale.SIMPLIFIED_CHINESE).get(0)).contains("commitment 42");
    }

    @Test
    void theStarRoundsGradeIsItsParameterAndAnUnregisteredSubjectIsNoCandidate() {
        SubjectFacts gradeC = subject(Grade.C);

        assertThat(rules.evaluate(Decision.STAR_NOMINATION, gradeC, Arguments.parameter("minimumGrade", "B"))
                .breaches()).extracting(b -> b.rule().id()).containsExactly("grade-at-least-parameter");
        assertThat(rules.evaluate(Decision.STAR_NOMINATION, gradeC, Arguments.parameter("minimumGrade", "C"))
                .allowed()).isTrue();
        SubjectFacts unknown = new SubjectFacts(CODE, false, null, List.of(), Map.of());
        assertThat(rules.evaluate(Decision.STAR_NOMINATION, unknown, Arguments.parameter("minimumGrade", "B"))
                .breaches()).extracting(b -> b.rule().id()).containsExactly("registered");
        assertThat(rules.evaluate(Decision.DISTRICT_ADMISSION, subject(Grade.D), Arguments.NONE).breaches())
                .extracting(b -> b.rule().id()).containsExactly("grade-not-d");
    }

    @Test
    void theReportCountsRecordsInPublicityAtSomeTimeInItsPeriod() {
        // in publicity now
        assertThat(certificate(record(RecordKind.DISHONESTY, Severity.GENERAL, LocalDate.of(2025, 1, 1), null, null)))
                .isFalse();
        // decided before the period, publicity still running into it
        assertThat(certificate(record(RecordKind.DISHONESTY, Severity.GENERAL, LocalDate.of(2022, 1, 1), null, null)))
                .isFalse();
        // publicity ended (repaired) inside the period: it was in publicity in part of it
        assertThat(certificate(record(RecordKind.PENALTY, null, LocalDate.of(2022, 1, 1),
                Instant.parse("2024-03-01T02:00:00Z"), null))).isFalse();
        // publicity ended at 23:59 the day before the period began (city time)
        assertThat(certificate(record(RecordKind.DISHONESTY, Severity.GENERAL, LocalDate.of(2021, 1, 1),
                Instant.parse("2023-11-26T15:59:00Z"), null))).isTrue();
        // archived without a recorded publicity end, before the period
        assertThat(certificate(record(RecordKind.DISHONESTY, Severity.GENERAL, LocalDate.of(2021, 1, 1), null,
                Instant.parse("2023-01-01T00:00:00Z")))).isTrue();
        // decided after the period
        assertThat(certificate(record(RecordKind.DISHONESTY, Severity.GENERAL, LAST.plusDays(1), null, null)))
                .isTrue();
        // a licence is not a violation
        assertThat(certificate(record(RecordKind.LICENCE, null, LocalDate.of(2025, 1, 1), null, null))).isTrue();
    }

    @Test
    void rulesThatNameAnUnknownRuleOrLackABasisAreRefusedAtStartUp() {
        String unknownRule = """
                {"name": "x", "decisions": {"STAR_NOMINATION": ["nope"]}, "rules": []}""";
        assertThatThrownBy(() -> DecisionRules.read(stream(unknownRule), "test"))
                .hasMessageContaining("STAR_NOMINATION names the unknown rule nope");
        String noBasis = """
                {"name": "x", "decisions": {}, "rules": [{"id": "r", "condition": {"type": "REGISTERED"},
                 "message": {"zh": "z", "en": "e"}, "basis": {"source": "setting", "zh": "z"}}]}""";
        assertThatThrownBy(() -> DecisionRules.read(stream(noBasis), "test")).hasMessageContaining("needs its basis");
    }

    private boolean certificate(ArchiveFact record) {
        return rules.evaluate(Decision.REPORT_CERTIFICATE, subject(Grade.B, record), Arguments.period(FIRST, LAST))
                .allowed();
    }

    private static SubjectFacts subject(Grade grade, ArchiveFact... records) {
        return new SubjectFacts(CODE, true, grade, List.of(records), Map.of());
    }

    private static ArchiveFact record(RecordKind kind, Severity severity, LocalDate decided, Instant publicityEnded,
                                      Instant archived) {
        RecordState state = archived != null ? RecordState.ARCHIVED
                : publicityEnded != null ? RecordState.PUBLICITY_ENDED : RecordState.PUBLISHED;
        return new ArchiveFact(1, kind, severity, state, "事项", "东莞市长安镇市场监督管理分局", "changan", decided,
                publicityEnded, archived, true, null, "《条例》第一条");
    }

    private static DecisionRules shipped() {
        try (InputStream in = DecisionRulesUnitTest.class.getResourceAsStream("/credit/decision-rules.json")) {
            return DecisionRules.read(in, "credit/decision-rules.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
