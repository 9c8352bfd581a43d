package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import com.credittown.tenants.catalogue.CatalogueEntry;
import com.credittown.tenants.catalogue.TenantCatalogue;
import com.credittown.tenants.provisioning.ProvisioningReport;
import com.credittown.tenants.provisioning.TenantProvisioner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flowable.engine.RepositoryService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Start-up provisioning goes only over the tenants whose catalogue row or provisioning inputs changed: on the real
 * application (PostgreSQL, Keycloak, Flowable), a provisioning run after a complete one runs no step for any tenant;
 * a tenant renamed in the catalogue, or one without a recorded fingerprint (new, or its last provisioning failed), is
 * provisioned again, by itself; tenants provisioned two at a time each run their steps as themselves, once. And the
 * engine's definition cache is as large as the tenant settings say.
 */
@SpringBootTest(properties = {"credittown.tenants.provisioning.parallelism=4",
        "spring.datasource.hikari.maximum-pool-size=4", // two tenants at a time: half the pool
        "credittown.tenants.definition-cache.tenants=40", "credittown.tenants.definition-cache.per-tenant=6"})
@ActiveProfiles({"postgres", "test"})
class ProvisioningFingerprintIntegrationTest {

    @Autowired
    TenantProvisioner provisioner;
    @Autowired
    TenantCatalogue catalogue;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    SpringProcessEngineConfiguration engine;

    @BeforeEach
    void everyTenantProvisionedOnce() {
        Recording.renamed.clear();
        Recording.failFor.clear();
        assertThat(provisioner.provisionAll().failures()).isEmpty();
        Recording.provisioned.clear();
        Recording.threads.clear();
        Recording.wrongTenant.clear();
    }

    @AfterEach
    void catalogueAsShipped() {
        Recording.renamed.clear();
        Recording.failFor.clear();
        provisioner.provisionAll();
    }

    @Test
    void aRunAfterACompleteOneRunsNoStepForAnyTenant() {
        long deployments = repository.createDeploymentQuery().count();

        ProvisioningReport report = provisioner.provisionAll();

        assertThat(Recording.provisioned).isEmpty();
        assertThat(report.tenants()).isEqualTo(catalogue.entries().size());
        assertThat(report.skippedTenants()).isEqualTo(catalogue.entries().size());
        assertThat(report.changes()).isEmpty();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aTenantRenamedInTheCatalogueIsProvisionedAgainAndOnlyIt() {
        String before = fingerprintOf("humen");

        Recording.renamed.put("humen", "Humen Town (renamed)");
        ProvisioningReport report = provisioner.provisionAll();

        assertThat(Recording.provisioned).containsExactly("humen");
        assertThat(report.skippedTenants()).isEqualTo(catalogue.entries().size() - 1);
        assertThat(directory.find("humen")).map(Tenant::nameEn).hasValue("Humen Town (renamed)");
        assertThat(fingerprintOf("humen")).isNotNull().isNotEqualTo(before);

        Recording.provisioned.clear();
        assertThat(provisioner.provisionAll().skippedTenants()).isEqualTo(catalogue.entries().size());
        assertThat(Recording.provisioned).isEmpty();
    }

    @Test
    void aTenantWithoutARecordedFingerprintIsProvisionedAsANewOneIs() {
        jdbc.update("update tenant set provisioning_fingerprint = null where code = 'songshanhu'");

        provisioner.provisionAll();

        assertThat(Recording.provisioned).containsExactly("songshanhu");
        assertThat(fingerprintOf("songshanhu")).hasSize(64);
    }

    @Test
    void aTenantWhoseStepFailedIsProvisionedAgainOnTheNextRun() {
        jdbc.update("update tenant set provisioning_fingerprint = null where code = 'changan'");
        Recording.failFor.add("changan");

        ProvisioningReport failed = provisioner.provisionAll();

        assertThat(failed.failures()).singleElement().asString().startsWith("changan: recording");
        assertThat(fingerprintOf("changan")).isNull();

        Recording.failFor.clear();
        Recording.provisioned.clear();
        ProvisioningReport retried = provisioner.provisionAll();

        assertThat(retried.failures()).isEmpty();
        assertThat(Recording.provisioned).containsExactly("changan");
        assertThat(fingerprintOf("changan")).hasSize(64);
    }

    @Test
    void tenantsProvisionedTwoAtATimeEachRunTheirStepsOnceAsThemselves() {
        long deployments = repository.createDeploymentQuery().count();
        jdbc.update("update tenant set provisioning_fingerprint = null");

        ProvisioningReport report = provisioner.provisionAll();

        assertThat(report.failures()).isEmpty();
        assertThat(report.skippedTenants()).isZero();
        assertThat(Recording.provisioned).hasSize(catalogue.entries().size())
                .containsExactlyInAnyOrderElementsOf(catalogue.entries().stream().map(e -> e.id().code()).toList());
        assertThat(Recording.threads).containsExactlyInAnyOrder("tenant-provisioning-1", "tenant-provisioning-2");
        assertThat(Recording.wrongTenant).isEmpty();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(jdbc.queryForObject("select count(*) from tenant where provisioning_fingerprint is null",
                Integer.class)).isZero();
    }

    @Test
    void flowablesDefinitionCacheIsSizedByTheTenantSettings() {
        assertThat(engine.getProcessDefinitionCacheLimit()).isEqualTo(40 * 6);
    }

    private String fingerprintOf(String code) {
        return jdbc.queryForObject("select provisioning_fingerprint from tenant where code = ?", String.class, code);
    }

    /** A provisioning step that records which tenants it ran for (and can fail), and a catalogue that can rename. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        static final List<String> provisioned = new CopyOnWriteArrayList<>();
        static final Set<String> threads = ConcurrentHashMap.newKeySet();
        static final List<String> wrongTenant = new CopyOnWriteArrayList<>();
        static final Set<String> failFor = ConcurrentHashMap.newKeySet();
        static final Map<String, String> renamed = new ConcurrentHashMap<>();

        @Bean
        TenantProvisioningStep recordingStep() {
            return new TenantProvisioningStep() {
                @Override
                public String name() {
                    return "recording";
                }

                @Override
                public boolean provision(Tenant tenant) {
                    String code = tenant.id().code();
                    if (TenantContext.current().filter(tenant.id()::equals).isEmpty()) {
                        wrongTenant.add(code);
                    }
                    threads.add(Thread.currentThread().getName());
                    if (failFor.contains(code)) {
                        throw new IllegalStateException("down for " + code);
                    }
                    provisioned.add(code);
                    return false;
                }
            };
        }

        @Bean
        static BeanPostProcessor renamingCatalogue() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof TenantCatalogue shipped)) {
                        return bean;
                    }
                    return new TenantCatalogue() {
                        @Override
                        public List<CatalogueEntry> entries() {
                            List<CatalogueEntry> entries = new ArrayList<>();
                            for (CatalogueEntry entry : shipped.entries()) {
                                String nameEn = renamed.getOrDefault(entry.id().code(), entry.nameEn());
                                entries.add(new CatalogueEntry(entry.id(), entry.nameZh(), nameEn, entry.kind()));
                            }
                            return entries;
                        }
                    };
                }
            };
        }
    }
}
