package com.credittown.workflows.district;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingRulesUnitTest {

    private final RatingRules rules = RatingRules.from(shippedDefaults());

    /** The defaults of templates/district-membership.parameters.json, as a case would copy them. */
    private static Map<String, Object> shippedDefaults() {
        try (InputStream in = RatingRulesUnitTest.class.getResourceAsStream(
                "/templates/district-membership.parameters.json")) {
            Map<String, Object> values = new HashMap<>();
            for (JsonNode parameter : new ObjectMapper().readTree(in).get("parameters")) {
                values.put(parameter.get("key").asText(), parameter.get("defaultValue").numberValue());
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theShippedThresholdsRateShopsRedYellowGreen() {
        assertThat(rules).isEqualTo(new RatingRules(90, 3, 1, 1, 80, 50));
        assertThat(rules.shop(0, 0)).isEqualTo(Rating.GREEN);
        assertThat(rules.shop(1, 0)).isEqualTo(Rating.YELLOW);
        assertThat(rules.shop(2, 0)).isEqualTo(Rating.YELLOW);
        assertThat(rules.shop(3, 0)).isEqualTo(Rating.RED);
        assertThat(rules.shop(0, 1)).isEqualTo(Rating.RED);
    }

    @Test
    void aDistrictIsRatedByItsShareOfGreenShops() {
        assertThat(rules.district(0, 0)).isNull();
        assertThat(rules.district(5, 4)).isEqualTo(Rating.GREEN);
        assertThat(rules.district(5, 3)).isEqualTo(Rating.YELLOW);
        assertThat(rules.district(4, 2)).isEqualTo(Rating.YELLOW);
        assertThat(rules.district(3, 1)).isEqualTo(Rating.RED);
    }

    @Test
    void thePeriodIsTheLastNinetyDaysTodayIncluded() {
        assertThat(rules.periodStart(LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void aListingCodeIsAnUrlSafeRandomToken() {
        String code = DistrictShop.newListingCode();
        assertThat(code).matches("[A-Za-z0-9_-]{22}");
        assertThat(DistrictShop.newListingCode()).isNotEqualTo(code);
    }
}
