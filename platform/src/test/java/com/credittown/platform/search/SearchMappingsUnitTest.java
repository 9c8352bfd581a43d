package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.Test;

class SearchMappingsUnitTest {

    private static TypeMapping subjects(String analyzer) {
        return SearchMappings.of(analyzer).keyword("code").name("name").text("legalBasis").build();
    }

    @Test
    void chineseTextIsIndexedWithTwoCharacterTerms() {
        TypeMapping mapping = subjects("standard");
        assertThat(mapping.properties().get("name").text().indexPhrases()).isTrue();
        assertThat(mapping.properties().get("legalBasis").text().indexPhrases()).isTrue();
    }

    @Test
    void theFingerprintFollowsTheMappingAndOnlyIt() {
        String standard = SearchMappings.fingerprintOf(subjects("standard"));
        assertThat(standard).isNotBlank().isEqualTo(SearchMappings.fingerprintOf(subjects("standard")));
        assertThat(SearchMappings.fingerprintOf(subjects("smartcn"))).as("another analyzer").isNotEqualTo(standard);
        assertThat(SearchMappings.fingerprintOf(
                SearchMappings.of("standard").keyword("code").name("name").build())).as("a field fewer")
                .isNotEqualTo(standard);
        // an index made before fingerprints
        TypeMapping older = OlderMappings.withoutIndexPhrases(subjects("standard"), new JacksonJsonpMapper());
        assertThat(SearchMappings.fingerprintOf(older)).isNull();
        assertThat(older.properties().get("name").text().indexPhrases()).isNull();
    }
}
