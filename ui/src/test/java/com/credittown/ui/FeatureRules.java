package com.credittown.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Feature-level module rules (issue #17): a feature is a package {@code com.credittown.<module>.<feature>..}; features
 * depend on each other without cycles, and a feature's {@code internal} package is reached from that feature only.
 * Built here so {@code ModuleDependenciesArchTest} runs them on the application and {@code FeatureRulesUnitTest} on a
 * fixture that breaks them.
 */
final class FeatureRules {

    /** Every feature package of every module: {@code com.credittown.platform.tenancy}, {@code ...workflows.ledger}. */
    static final String FEATURES = "com.credittown.(*).(*)..";

    private FeatureRules() {
    }

    /** Feature packages free of cycles, without exceptions. */
    static ArchRule featuresFreeOfCycles() {
        return slices().matching(FEATURES).namingSlices("$1.$2").should().beFreeOfCycles()
                .because("features talk through their public API or events; a cycle makes two features one");
    }

    /** No class outside a feature reaches into its {@code internal} package. */
    static ArchRule internalsStayInTheirFeature() {
        return classes().that().resideInAPackage("com.credittown..internal..")
                .should(new ArchCondition<JavaClass>("be accessed from their own feature only") {
                    @Override
                    public void check(JavaClass internal, ConditionEvents events) {
                        String feature = featureOf(internal.getPackageName());
                        for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                            String from = dependency.getOriginClass().getPackageName();
                            if (!from.equals(feature) && !from.startsWith(feature + ".")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + " reaches into the internals of " + feature));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("what another feature may use sits at the feature's root (conventions, rule 2)");
    }

    /** {@code com.credittown.workflows.ledger.internal.x} -> {@code com.credittown.workflows.ledger}. */
    static String featureOf(String internalPackage) {
        return internalPackage.substring(0, internalPackage.indexOf(".internal"));
    }
}
