package com.credittown.archfixture.gamma;

import com.credittown.archfixture.gamma.internal.Secret;

/** Fixture for FeatureRulesUnitTest: gamma's public door uses its own internals (allowed). */
public class Door {

    public int open() {
        return new Secret().value();
    }
}
