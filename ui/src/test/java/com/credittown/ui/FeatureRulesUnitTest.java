package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The feature rules fail on what they are meant to catch: run on a fixture (test classes under
 * {@code com.credittown.archfixture}, outside the application's import) with a cycle alpha ⇄ beta and feature delta
 * using gamma's internals.
 */
class FeatureRulesUnitTest {

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("com.credittown.archfixture");

    @Test
    void aNewCycleBetweenFeaturesIsAViolation() {
        EvaluationResult result = FeatureRules.featuresFreeOfCycles(FeatureRules.KNOWN_CYCLES).evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("archfixture.alpha").contains("archfixture.beta");
    }

    @Test
    void aFrozenCycleIsIgnoredForItsNamedClassesOnly() {
        FeatureRules.KnownCycle betaOnAlpha = new FeatureRules.KnownCycle("archfixture.beta", "archfixture.alpha",
                Set.of("com.credittown.archfixture.beta.Beta"), "fixture");
        assertThat(FeatureRules.featuresFreeOfCycles(List.of(betaOnAlpha)).evaluate(FIXTURE).hasViolation())
                .isFalse();

        FeatureRules.KnownCycle someoneElse = new FeatureRules.KnownCycle("archfixture.beta", "archfixture.alpha",
                Set.of("com.credittown.archfixture.beta.Other"), "fixture");
        assertThat(FeatureRules.featuresFreeOfCycles(List.of(someoneElse)).evaluate(FIXTURE).hasViolation())
                .isTrue();
    }

    @Test
    void anotherFeatureUsingAnInternalPackageIsAViolationAndTheFeatureItselfIsNot() {
        EvaluationResult result = FeatureRules.internalsStayInTheirFeature().evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("Intruder"))
                .noneSatisfy(line -> assertThat(line).contains("Door."));
    }

    @Test
    void theFeatureOfAnInternalPackageIsThePackageAboveIt() {
        assertThat(FeatureRules.featureOf("com.credittown.workflows.ledger.internal"))
                .isEqualTo("com.credittown.workflows.ledger");
        assertThat(FeatureRules.featureOf("com.credittown.workflows.ledger.internal.figures"))
                .isEqualTo("com.credittown.workflows.ledger");
    }
}
