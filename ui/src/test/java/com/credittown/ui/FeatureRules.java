package com.credittown.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;
import java.util.Set;

/**
 * Feature-level module rules (issue #17): a feature is a package {@code com.credittown.<module>.<feature>..}; features
 * depend on each other without cycles, and a feature's {@code internal} package is reached from that feature only.
 * Built here so {@code ModuleDependenciesArchTest} runs them on the application and {@code FeatureRulesUnitTest} on a
 * fixture that breaks them.
 */
final class FeatureRules {

    /** Every feature package of every module: {@code com.credittown.platform.tenancy}, {@code ...workflows.ledger}. */
    static final String FEATURES = "com.credittown.(*).(*)..";

    /**
     * Cycles that existed when the rule came in and are not broken yet, frozen edge by edge: each names the one
     * dependency that closes a cycle and the classes that make it, so the same classes may keep it while anything else
     * (another class, another feature) still fails the rule. Removing an entry once its cycle is broken is the way
     * forward; adding one needs a decision record.
     */
    static final List<KnownCycle> KNOWN_CYCLES = List.of(
            new KnownCycle("platform.tenancy", "platform.identity", Set.of(
                    "com.credittown.platform.tenancy.TenantJobs",
                    "com.credittown.platform.tenancy.RequestLogContextFilter",
                    "com.credittown.platform.tenancy.TenantRequestFilter"),
                    "the tenancy doors read the signed-in user (CurrentUser), whose tenant is a TenantId"),
            new KnownCycle("platform.identity", "platform.credit", Set.of(
                    "com.credittown.platform.identity.MerchantAccounts",
                    "com.credittown.platform.identity.RealmUsers"),
                    "merchant accounts are linked to credit subjects and named by their USCC"),
            new KnownCycle("platform.identity", "platform.audit", Set.of(
                    "com.credittown.platform.identity.MerchantAccounts"),
                    "merchant accounts audit their links; the audit trail checks the reader's permission"),
            new KnownCycle("platform.web", "platform.tenancy", Set.of(
                    "com.credittown.platform.web.ProblemResponses"),
                    "the problem+json advice answers UnknownTenantException, which the tenancy package throws"));

    private FeatureRules() {
    }

    /** Feature packages free of cycles, but for the frozen ones given. */
    static ArchRule featuresFreeOfCycles(List<KnownCycle> frozen) {
        SliceRule rule = slices().matching(FEATURES).namingSlices("$1.$2").should().beFreeOfCycles();
        for (KnownCycle known : frozen) {
            rule = rule.ignoreDependency(known.origins(), resideInAPackage("com.credittown." + known.to() + ".."));
        }
        return rule.because("features talk through their public API or events; a cycle makes two features one");
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

    /**
     * A frozen cycle: the dependency of these classes of feature {@code from} on feature {@code to} is ignored.
     *
     * @param from    {@code <module>.<feature>} holding the classes
     * @param to      {@code <module>.<feature>} they depend on
     * @param classes fully qualified names of the classes allowed to keep the dependency
     */
    record KnownCycle(String from, String to, Set<String> classes, String why) {

        DescribedPredicate<JavaClass> origins() {
            return DescribedPredicate.describe(from + " " + classes, c -> classes.contains(c.getName())
                    || c.getEnclosingClass().map(e -> classes.contains(e.getName())).orElse(false));
        }
    }
}
