package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The subject picker's sources: the search index first, the archive when search is down or finds nothing. */
class SubjectChoicesUnitTest {

    private static final SubjectChoice INDEXED = new SubjectChoice("91441900MA4WDEM100", "东莞市虎门镇演示贸易有限公司");
    private static final SubjectChoice ARCHIVED = new SubjectChoice("91441900MA4WDEM025", "东莞市虎门镇档案商行");

    @Test
    void theIndexAnswersWhenItCan() {
        SubjectChoices choices = new SubjectChoices((text, size) -> List.of(INDEXED), (text, size) -> List.of(ARCHIVED));
        assertThat(choices.find("演示贸易", 10)).containsExactly(INDEXED);
    }

    @Test
    void elasticsearchDownFallsBackToTheArchiveSoTheFormStillWorks() {
        SubjectChoices choices = new SubjectChoices((text, size) -> {
            throw new SearchDegradedException("Elasticsearch cannot be reached", null);
        }, (text, size) -> List.of(ARCHIVED));
        assertThat(choices.find("档案", 10)).containsExactly(ARCHIVED);
    }

    @Test
    void aSubjectNotYetIndexedIsStillFoundInTheArchive() {
        SubjectChoices choices = new SubjectChoices((text, size) -> List.of(), (text, size) -> List.of(ARCHIVED));
        assertThat(choices.find("档案", 10)).containsExactly(ARCHIVED);
    }

    @Test
    void blankTextOffersNothingAndTheLimitIsCapped() {
        SubjectChoices choices = new SubjectChoices((text, size) -> {
            assertThat(size).isEqualTo(SubjectChoices.MAX);
            return List.of(INDEXED);
        }, (text, size) -> List.of(ARCHIVED));
        assertThat(choices.find("  ", 10)).isEmpty();
        assertThat(choices.find(null, 10)).isEmpty();
        assertThat(choices.find("91", 500)).containsExactly(INDEXED);
        assertThat(INDEXED.label()).isEqualTo("东莞市虎门镇演示贸易有限公司 (91441900MA4WDEM100)");
    }
}
