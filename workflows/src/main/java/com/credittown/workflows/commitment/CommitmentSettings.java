package com.credittown.workflows.commitment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's defaults for the commitment process.
 *
 * @param verificationWorkingDays working days from publication to the verification deadline
 */
@ConfigurationProperties("credittown.workflows.commitment")
record CommitmentSettings(@DefaultValue("20") int verificationWorkingDays) {

    CommitmentSettings {
        if (verificationWorkingDays < 1 || verificationWorkingDays > 250) {
            throw new IllegalArgumentException("verification-working-days must be between 1 and 250");
        }
    }
}
