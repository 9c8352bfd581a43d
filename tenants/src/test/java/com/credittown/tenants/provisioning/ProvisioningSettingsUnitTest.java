package com.credittown.tenants.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provisioning and definition-cache settings check themselves at start-up. */
class ProvisioningSettingsUnitTest {

    @Test
    void theDefinitionCacheHoldsEachCachedTenantsDefinitions() {
        assertThat(new DefinitionCacheSettings(1000, 6).limit()).isEqualTo(6000);
        assertThat(new DefinitionCacheSettings(100, 10).limit()).isEqualTo(1000);
    }

    @Test
    void aCacheForNoTenantOrNoDefinitionIsRefused() {
        assertThatThrownBy(() -> new DefinitionCacheSettings(0, 10)).hasMessageContaining("definition-cache");
        assertThatThrownBy(() -> new DefinitionCacheSettings(100, 0)).hasMessageContaining("definition-cache");
    }

    @Test
    void parallelismOutsideOneToThirtyTwoIsRefused() {
        assertThatThrownBy(() -> new ProvisioningSettings(true, 0, List.of())).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new ProvisioningSettings(true, 33, List.of())).hasMessageContaining("parallelism");
        assertThat(new ProvisioningSettings(true, 1, List.of()).parallelism()).isEqualTo(1);
    }

    @Test
    void tenantsProvisionedAtOnceAreAtMostHalfTheConnectionPool() {
        assertThat(TenantProvisioner.threads(4, pool(10))).isEqualTo(4);
        assertThat(TenantProvisioner.threads(4, pool(4))).isEqualTo(2);
        assertThat(TenantProvisioner.threads(4, pool(3))).isEqualTo(1);
        assertThat(TenantProvisioner.threads(1, pool(10))).isEqualTo(1);
    }

    private static HikariDataSource pool(int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setMaximumPoolSize(size);
        return pool;
    }
}
