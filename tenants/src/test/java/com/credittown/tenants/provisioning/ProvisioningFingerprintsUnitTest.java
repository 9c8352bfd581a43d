package com.credittown.tenants.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.tenants.catalogue.CatalogueEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A tenant's provisioning fingerprint changes exactly when something its provisioning reads has changed. */
class ProvisioningFingerprintsUnitTest {

    private static final List<String> STEPS = List.of("keycloak", "flowable-templates");
    private static final CatalogueEntry HUMEN = entry("humen", "虎门镇", "Humen Town");
    private static final CatalogueEntry CHANGAN = entry("changan", "长安镇", "Chang'an Town");

    @TempDir
    Path dir;
    private List<String> patterns;

    @BeforeEach
    void resources() throws IOException {
        write("templates/integrity-star.bpmn20.xml", "<definitions version='1'/>");
        write("tenant-templates/humen/integrity-star.json", "{\"starsPerRound\": 10}");
        patterns = List.of("file:" + dir + "/templates/*", "file:" + dir + "/tenant-templates/{tenant}/*");
    }

    /** Writes a resource provisioning reads, under the temporary folder, creating its folders. */
    private void write(String path, String content) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), content);
    }

    /** The fingerprints as a run with the usual steps computes them from the resources as they are now. */
    private ProvisioningFingerprints now() {
        return fingerprints(STEPS);
    }

    private ProvisioningFingerprints fingerprints(List<String> steps) {
        return new ProvisioningFingerprints(steps, patterns, new PathMatchingResourcePatternResolver());
    }

    @Test
    void nothingChangedGivesTheSameFingerprintInEveryRun() {
        assertThat(now().of(HUMEN)).isEqualTo(now().of(HUMEN)).hasSize(64);
        assertThat(now().of(HUMEN)).isNotEqualTo(now().of(CHANGAN));
    }

    @Test
    void aChangedCatalogueRowChangesOnlyThatTenantsFingerprint() {
        String humen = now().of(HUMEN);
        String changan = now().of(CHANGAN);

        assertThat(now().of(entry("humen", "虎门镇", "Humen"))).isNotEqualTo(humen);
        assertThat(now().of(entry("humen", "虎门", "Humen Town"))).isNotEqualTo(humen);
        assertThat(now().of(new CatalogueEntry(HUMEN.id(), HUMEN.nameZh(), HUMEN.nameEn(),
                TenantKind.PARK))).isNotEqualTo(humen);
        assertThat(now().of(CHANGAN)).isEqualTo(changan);
    }

    @Test
    void aNewVersionOfACityTemplateChangesEveryTenantsFingerprint() throws IOException {
        ProvisioningFingerprints before = now();

        write("templates/integrity-star.bpmn20.xml", "<definitions version='2'/>");

        assertThat(now().of(HUMEN)).isNotEqualTo(before.of(HUMEN));
        assertThat(now().of(CHANGAN)).isNotEqualTo(before.of(CHANGAN));
    }

    @Test
    void aNewTemplateFileChangesEveryTenantsFingerprint() throws IOException {
        ProvisioningFingerprints before = now();

        write("templates/credit-repair.bpmn20.xml", "<definitions/>");

        assertThat(now().of(CHANGAN)).isNotEqualTo(before.of(CHANGAN));
    }

    @Test
    void aTenantsOwnTemplateSeedChangesOnlyThatTenantsFingerprint() throws IOException {
        ProvisioningFingerprints before = now();

        write("tenant-templates/humen/integrity-star.json", "{\"starsPerRound\": 12}");

        assertThat(now().of(HUMEN)).isNotEqualTo(before.of(HUMEN));
        assertThat(now().of(CHANGAN)).isEqualTo(before.of(CHANGAN));
    }

    @Test
    void aTemplateSeedAddedForOneTenantChangesOnlyThatTenantsFingerprint() throws IOException {
        ProvisioningFingerprints before = now();

        write("tenant-templates/changan2/credit-repair.json", "{\"days\": 5}");
        ProvisioningFingerprints otherTenant = now();
        write("tenant-templates/changan/credit-repair.json", "{\"days\": 5}");
        ProvisioningFingerprints itsOwn = now();

        assertThat(otherTenant.of(CHANGAN)).isEqualTo(before.of(CHANGAN));
        assertThat(itsOwn.of(CHANGAN)).isNotEqualTo(before.of(CHANGAN));
        assertThat(itsOwn.of(HUMEN)).isEqualTo(before.of(HUMEN));
    }

    @Test
    void aNewProvisioningStepChangesEveryTenantsFingerprint() {
        assertThat(fingerprints(List.of("keycloak", "flowable-templates", "search")).of(CHANGAN))
                .isNotEqualTo(now().of(CHANGAN));
    }

    private static CatalogueEntry entry(String code, String nameZh, String nameEn) {
        return new CatalogueEntry(new TenantId(code), nameZh, nameEn, TenantKind.TOWN);
    }
}
