package com.credittown.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Instances sharing the realm (staging and production, several nodes) each keep the redirect URIs they registered. */
class CityClientsRedirectUrisTest {

    @Test
    void reProvisioningKeepsTheRedirectUrisOtherInstancesRegistered() {
        List<String> production = List.of("https://credit.dongguan.example/*");
        List<String> staging = List.of("https://staging.credit.dongguan.example/*", "https://credit.dongguan.example/*");

        assertThat(CityClients.withOwn(production, staging))
                .containsExactly("https://credit.dongguan.example/*", "https://staging.credit.dongguan.example/*");
        assertThat(CityClients.withOwn(CityClients.withOwn(production, staging), production))
                .as("idempotent").isEqualTo(CityClients.withOwn(production, staging));
        assertThat(CityClients.withOwn(null, production)).isEqualTo(production);
    }
}
