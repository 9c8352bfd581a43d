package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
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
        EvaluationResult result = FeatureRules.featuresFreeOfCycles().evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("archfixture.alpha").contains("archfixture.beta");
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
