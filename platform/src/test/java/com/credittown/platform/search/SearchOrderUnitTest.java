package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.SortOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order a group's hits are asked for in: what a page shows, and what Elasticsearch must compute for every hit. */
class SearchOrderUnitTest {

    private final SubjectSearch subjects = new SubjectSearch(null, new SubjectDocumentType(null, null));

    @Test
    void aCodeOrCodePrefixIsOrderedByCodeAloneAsEveryHitScoresTheSame() {
        assertThat(describe(DocumentSearch.order(subjects, SubjectQuery.parse("91441900")))).containsExactly("code asc");
        assertThat(describe(DocumentSearch.order(subjects, SubjectQuery.parse("91441900MA4W12346U"))))
                .containsExactly("code asc");
    }

    @Test
    void aNameIsOrderedByRelevanceThenByCode() {
        assertThat(describe(DocumentSearch.order(subjects, SubjectQuery.parse("虎门 五金"))))
                .containsExactly("_score desc", "code asc");
        // letters only: a name (phrase ranked first) that is also tried as a code prefix, so relevance still orders it
        assertThat(describe(DocumentSearch.order(subjects, SubjectQuery.parse("tcl"))))
                .containsExactly("_score desc", "code asc");
    }

    private static List<String> describe(List<SortOptions> order) {
        return order.stream().map(o -> o.isScore() ? "_score " + o.score().order().jsonValue()
                : o.field().field() + " " + o.field().order().jsonValue()).toList();
    }
}
