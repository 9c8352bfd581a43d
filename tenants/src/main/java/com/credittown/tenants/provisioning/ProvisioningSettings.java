package com.credittown.tenants.provisioning;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.tenants.provisioning.*}: how a provisioning run (at start-up, and its retries) goes over the
 * catalogue.
 *
 * @param skipUnchanged a tenant whose provisioning fingerprint ({@link ProvisioningFingerprints}: its catalogue row,
 *                      the provisioning steps and the resources below) is the one recorded when it was last provisioned
 *                      without a failure is left alone; {@code false} runs every step for every tenant on every run
 * @param parallelism   how many tenants are provisioned at once (each tenant's steps run in order on one thread;
 *                      tenants share nothing a step writes: their own deployments, rows, audit chain, Keycloak
 *                      organisation and users); 1 provisions one tenant after the other
 * @param fingerprintResources the classpath resources provisioning reads (Spring resource patterns; {@code {tenant}}
 *                      stands for the tenant's code): a change to any of them provisions again every tenant whose
 *                      fingerprint includes it
 */
@ConfigurationProperties("credittown.tenants.provisioning")
record ProvisioningSettings(
        @DefaultValue("true") boolean skipUnchanged,
        @DefaultValue("4") int parallelism,
        @DefaultValue({"classpath*:templates/*", "classpath*:internal-processes/*", "classpath*:settings/*",
                "classpath*:identity/*", "classpath*:tenant-templates/{tenant}/*"}) List<String> fingerprintResources) {

    ProvisioningSettings {
        if (parallelism < 1 || parallelism > 32) {
            throw new IllegalArgumentException("credittown.tenants.provisioning.parallelism must be 1..32, not "
                    + parallelism);
        }
        fingerprintResources = List.copyOf(fingerprintResources);
    }
}
