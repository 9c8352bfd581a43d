package com.credittown.archfixture.delta;

import com.credittown.archfixture.gamma.Door;
import com.credittown.archfixture.gamma.internal.Secret;

/** Fixture for FeatureRulesUnitTest: feature delta reaches into gamma's internals (a violation). */
public class Intruder {

    public int steal() {
        return new Secret().value() + new Door().open();
    }
}
