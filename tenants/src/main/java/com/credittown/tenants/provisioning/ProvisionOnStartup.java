package com.credittown.tenants.provisioning;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Provisions the catalogue when the application starts (on by default). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "credittown.tenants.provision-on-startup", havingValue = "true", matchIfMissing = true)
class ProvisionOnStartup implements ApplicationRunner {

    private final TenantProvisioner provisioner;

    ProvisionOnStartup(TenantProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioner.provisionAll();
    }
}
