package com.credittown.archfixture.gamma.internal;

/** Fixture for FeatureRulesUnitTest: an internal class of feature gamma. */
public class Secret {

    public int value() {
        return 42;
    }
}
