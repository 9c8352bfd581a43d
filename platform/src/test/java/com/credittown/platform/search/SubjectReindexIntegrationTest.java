package com.credittown.platform.search;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A full reindex builds a new index behind the alias while search keeps answering from the old one. */
@SpringBootTest
@AutoConfigureMockMvc
class SubjectReindexIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SubjectSearch search;
    @Autowired
    FullReindex reindex;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SubjectDocumentType subjectType;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    SearchTestSubjects subjects;
    SubjectSearches found;

    @BeforeEach
    void setUp() {
        TenantFixtures.register(directory);
        subjects = new SearchTestSubjects(registry, tx);
        found = new SubjectSearches(search);
    }

    @Test
    void searchKeepsAnsweringDuringTheRebuildAndTheAliasPointsToTheNewIndexAfter() throws Exception {
        String marker = SearchTestSubjects.marker();
        SubjectView humen = subjects.register(HUMEN, "东莞市虎门镇" + marker + "重建索引有限公司");
        SubjectView changan = subjects.register(CHANGAN, "东莞市长安镇" + marker + "重建索引有限公司");
        found.awaitFound(HUMEN, marker, humen.id());
        found.awaitFound(CHANGAN, marker, changan.id());
        Set<String> before = indexes.indicesBehind(subjectType);
        assertThat(before).hasSize(1);

        List<Long> foundDuring = new ArrayList<>();
        AtomicReference<Set<String>> aliasDuring = new AtomicReference<>();
        AtomicReference<String> building = new AtomicReference<>();
        ReindexStatus done = reindex.run(subjectType, progress -> {
            if (building.get() == null) {
                building.set(progress.index());
                try {
                    aliasDuring.set(indexes.indicesBehind(subjectType));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                foundDuring.addAll(found.ids(HUMEN, marker));
            }
        });

        assertThat(building.get()).isNotNull().isNotIn(before);
        assertThat(aliasDuring.get()).as("the alias during the rebuild").isEqualTo(before);
        assertThat(foundDuring).as("search during the rebuild").containsExactlyInAnyOrder(humen.id(), changan.id());
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.done()).isEqualTo(done.total()).isGreaterThanOrEqualTo(2);
        assertThat(done.previous()).isEqualTo(String.join(",", before));
        assertThat(indexes.indicesBehind(subjectType)).containsExactly(done.index());
        for (String old : before) {
            assertThat(client.indices().exists(e -> e.index(old)).value()).as("old index %s deleted", old).isFalse();
        }
        // search answers from the new index: the city's subjects, for every town
        assertThat(found.ids(HUMEN, marker)).containsExactlyInAnyOrder(humen.id(), changan.id());
        assertThat(found.ids(CHANGAN, marker)).containsExactlyInAnyOrder(humen.id(), changan.id());

        // a change after the swap reaches the new index through the outbox
        SubjectView after = subjects.register(HUMEN, "东莞市虎门镇" + marker + "重建之后有限公司");
        found.awaitFound(HUMEN, marker, after.id());

        // the admin action (every type): 202, then progress until done
        mvc.perform(post("/api/search/reindex"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.types[*].type", hasItems("subject", "record")));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String body = mvc.perform(get("/api/search/reindex")).andReturn().getResponse().getContentAsString();
            return "DONE".equals(json.readTree(body).path("state").asText());
        });
        mvc.perform(get("/api/search/reindex"))
                .andExpect(jsonPath("$.done").isNumber())
                .andExpect(jsonPath("$.perSecond").isNumber());
        assertThat(indexes.indicesBehind(subjectType)).doesNotContain(done.index()).hasSize(1);
        assertThat(found.ids(HUMEN, marker)).containsExactlyInAnyOrder(humen.id(), changan.id(), after.id());
    }
}
