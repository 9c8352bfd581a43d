package com.credittown.archfixture.alpha;

import com.credittown.archfixture.beta.Beta;

/** Fixture for FeatureRulesUnitTest: feature alpha uses beta, and beta uses alpha (a cycle). */
public class Alpha {

    public Beta beta() {
        return new Beta();
    }
}
