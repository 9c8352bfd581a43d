package com.credittown.workflows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewingDepartmentsUnitTest {

    private final ReviewingDepartments shipped = ReviewingDepartments.of(shippedList());

    /** The list the city template ships (templates/credit-repair.parameters.json). */
    private static List<String> shippedList() {
        try (InputStream in = ReviewingDepartmentsUnitTest.class.getResourceAsStream(
                "/templates/credit-repair.parameters.json")) {
            List<String> entries = new ArrayList<>();
            for (JsonNode parameter : new ObjectMapper().readTree(in).get("parameters")) {
                if (parameter.get("key").asText().equals("reviewingDepartments")) {
                    parameter.get("defaultValue").forEach(entry -> entries.add(entry.asText()));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDecidingDepartmentReviewsItsOwnRecords() {
        assertThat(shipped.groupOf("市场监督管理局")).isEqualTo("department:market-supervision");
        assertThat(shipped.groupOf("东莞市市场监督管理局虎门分局")).isEqualTo("department:market-supervision");
        assertThat(shipped.groupOf("国家税务总局东莞市税务局")).isEqualTo("department:tax");
        assertThat(shipped.groupOf("东莞市人力资源和社会保障局")).isEqualTo("department:human-resources");
    }

    @Test
    void anUnknownDepartmentFallsBackToTheSingleWindow() {
        assertThat(shipped.groupOf("东莞市文化广电旅游体育局")).isEqualTo("officer");
        assertThat(shipped.groupOf(null)).isEqualTo("officer");
    }

    @Test
    void aMalformedEntryIsATemplateError() {
        assertThatThrownBy(() -> ReviewingDepartments.of(java.util.List.of("税务局")))
                .hasMessageContaining("name=code");
    }
}
