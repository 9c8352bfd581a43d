package com.credittown.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Publicity windows per severity, counted from the decision date, with the periods as settings. */
class PublicityWindowUnitTest {

    private static CreditSettings.Publicity publicity(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("credittown.credit", CreditSettings.class).publicity();
    }

    private final CreditSettings.Publicity defaults = publicity(Map.of());

    @Test
    void defaultsAreTheNationalRulesPeriodsWithMinorInformationNotPublished() {
        assertThat(defaults).isEqualTo(new CreditSettings.Publicity(Period.ZERO, Period.ZERO,
                Period.ofMonths(3), Period.ofYears(1), Period.ofYears(1), Period.ofYears(3), Severity.GENERAL));
    }

    @Test
    void aSevereRecordDecidedOnALeapDayEndsOnTheLastDayOfFebruary() {
        PublicityWindow window = defaults.windowFor(Severity.SEVERE, LocalDate.of(2024, 2, 29));

        assertThat(window).isEqualTo(new PublicityWindow(LocalDate.of(2025, 2, 28), LocalDate.of(2027, 2, 28)));
        assertThat(window.repairAllowedOn(LocalDate.of(2025, 2, 27))).isFalse();
        assertThat(window.repairAllowedOn(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(window.expiredOn(LocalDate.of(2027, 2, 27))).isFalse();
        assertThat(window.expiredOn(LocalDate.of(2027, 2, 28))).isTrue();
    }

    @Test
    void aMinorRecordIsNotPublishedByDefault() {
        PublicityWindow window = defaults.windowFor(Severity.MINOR, LocalDate.of(2024, 11, 30));

        // its publicity ends on its decision date: the next expiry run ends it, and it may be repaired at once
        assertThat(window).isEqualTo(new PublicityWindow(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 11, 30)));
        assertThat(window.repairAllowedOn(LocalDate.of(2024, 11, 30))).isTrue();
        assertThat(window.expiredOn(LocalDate.of(2024, 11, 30))).isTrue();
    }

    @Test
    void aCityThatMustPublishMinorRecordsPublishesThemAtMostThreeMonths() {
        PublicityWindow window = publicity(Map.of("credittown.credit.publicity.minor-max", "P3M"))
                .windowFor(Severity.MINOR, LocalDate.of(2024, 11, 30));

        assertThat(window).isEqualTo(new PublicityWindow(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 2, 28)));
        assertThat(window.repairAllowedOn(LocalDate.of(2024, 11, 30))).isTrue();
        assertThat(window.expiredOn(LocalDate.of(2025, 2, 27))).isFalse();
        assertThat(window.expiredOn(LocalDate.of(2025, 2, 28))).isTrue();
    }

    @Test
    void aGeneralRecordIsPublishedThreeMonthsToOneYear() {
        PublicityWindow window = defaults.windowFor(Severity.GENERAL, LocalDate.of(2024, 1, 31));

        assertThat(window).isEqualTo(new PublicityWindow(LocalDate.of(2024, 4, 30), LocalDate.of(2025, 1, 31)));
        assertThat(window.repairAllowedOn(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(window.repairAllowedOn(LocalDate.of(2024, 4, 30))).isTrue();
        assertThat(window.expiredOn(LocalDate.of(2025, 1, 30))).isFalse();
        assertThat(window.expiredOn(LocalDate.of(2025, 1, 31))).isTrue();
    }

    @Test
    void periodsAreSettings() {
        CreditSettings.Publicity tenantRule = publicity(Map.of(
                "credittown.credit.publicity.minor-max", "P2M",
                "credittown.credit.publicity.severe-min", "P2Y"));

        assertThat(tenantRule.windowFor(Severity.MINOR, LocalDate.of(2024, 1, 15)).latestEnd())
                .isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(tenantRule.windowFor(Severity.SEVERE, LocalDate.of(2024, 1, 15)).earliestEnd())
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(tenantRule.windowFor(Severity.GENERAL, LocalDate.of(2024, 1, 15)))
                .isEqualTo(defaults.windowFor(Severity.GENERAL, LocalDate.of(2024, 1, 15)));
    }

    @Test
    void aMinimumLongerThanTheMaximumIsRefusedAtStartUp() {
        assertThatThrownBy(() -> publicity(Map.of("credittown.credit.publicity.general-min", "P2Y")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("GENERAL").hasMessageContaining("P2Y");
    }

    @Test
    void minorRecordsArePublishedAtMostThreeMonthsWhateverTheSetting() {
        assertThatThrownBy(() -> publicity(Map.of("credittown.credit.publicity.minor-max", "P6M")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("MINOR").hasMessageContaining("P3M");
    }

    @Test
    void aPenaltyWithoutSeverityGetsTheCitysDefaultAndSoAWindowThatEnds() {
        RecordDetails penalty = new RecordDetails(RecordKind.PENALTY, null, "东莞市市场监督管理局",
                LocalDate.of(2025, 3, 10), "《食品安全法》第一百二十四条", "超范围使用食品添加剂", null);

        RecordDetails completed = defaults.withDefaultSeverity(penalty);

        assertThat(completed.severity()).isEqualTo(Severity.GENERAL);
        assertThat(defaults.windowFor(completed.severity(), completed.decisionDate()).expiredOn(LocalDate.of(2026, 3, 10)))
                .isTrue();
        assertThat(publicity(Map.of("credittown.credit.publicity.penalty-default-severity", "MINOR"))
                .withDefaultSeverity(penalty).severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void aPenaltyWithItsSeverityAndOtherKindsKeepTheirOwn() {
        RecordDetails severe = new RecordDetails(RecordKind.PENALTY, Severity.SEVERE, "税务局", LocalDate.of(2025, 3, 10),
                "依据", "t", null);
        RecordDetails licence = new RecordDetails(RecordKind.LICENCE, null, "税务局", LocalDate.of(2025, 3, 10),
                null, "t", null);

        assertThat(defaults.withDefaultSeverity(severe)).isSameAs(severe);
        assertThat(defaults.withDefaultSeverity(licence)).isSameAs(licence);
    }
}
