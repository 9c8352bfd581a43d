package com.credittown.archfixture.beta;

import com.credittown.archfixture.alpha.Alpha;

/** Fixture for FeatureRulesUnitTest: closes the alpha -> beta -> alpha cycle. */
public class Beta {

    public Alpha alpha() {
        return new Alpha();
    }
}
