package com.credittown.tenants.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.tenancy.TenantKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The catalogue names every tenant in Chinese and in English: a row without its English name fails the build. */
class TenantCatalogueUnitTest {

    private final TenantCatalogue catalogue = new TenantCatalogue();

    @Test
    void everyTenantOfDongguanHasAChineseAndAnEnglishName() {
        assertThat(catalogue.entries()).hasSize(34);
        assertThat(catalogue.entries()).allSatisfy(entry -> {
            assertThat(entry.nameZh()).as(entry.id().code()).isNotBlank();
            assertThat(entry.nameEn()).as(entry.id().code()).isNotBlank()
                    .matches("[A-Z][A-Za-z' -]+").isNotEqualTo(entry.nameZh());
        });
        assertThat(catalogue.entries()).filteredOn(e -> e.kind() == TenantKind.SUBDISTRICT).hasSize(4);
        assertThat(catalogue.entries()).filteredOn(e -> e.kind() == TenantKind.TOWN).hasSize(28);
        assertThat(catalogue.entries()).filteredOn(e -> e.kind() == TenantKind.PARK).hasSize(2);
        assertThat(catalogue.entries()).filteredOn(e -> e.id().code().equals("humen"))
                .singleElement().satisfies(humen -> {
                    assertThat(humen.nameZh()).isEqualTo("虎门镇");
                    assertThat(humen.nameEn()).isEqualTo("Humen Town");
                });
        assertThat(catalogue.entries()).filteredOn(e -> e.id().code().equals("songshanhu"))
                .singleElement().extracting(CatalogueEntry::nameEn).isEqualTo("Songshan Lake Park");
    }

    @Test
    void aRowWithoutItsEnglishNameIsRefused() {
        var csv = new ByteArrayResource("code,name_zh,name_en,kind\nnewtown,新镇,,town\n"
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "new.csv";
            }
        };
        assertThatThrownBy(() -> TenantCatalogue.parse(csv)).hasMessageContaining("new.csv line 2")
                .hasMessageContaining("name_en");
    }
}
