package com.credittown.platform.search;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mapping that changed in a way Elasticsearch cannot apply in place (here: {@code index_phrases} on the names, which
 * an index built by the previous version lacks) reaches the existing index by itself: the index is rebuilt in the
 * background while search answers from the old one, a change made during the rebuild is written to the new index as
 * well, and after the alias swap both the old documents and the change are found.
 */
@SpringBootTest
class SearchMappingUpgradeIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SubjectSearch search;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SearchSettings settings;
    @Autowired
    SearchMappingUpgrade upgrade;
    @Autowired
    SubjectDocumentType subjectType;
    @Autowired
    ElasticsearchClient client;

    SearchTestSubjects subjects;
    SubjectSearches found;

    @BeforeEach
    void setUp() {
        TenantFixtures.register(directory);
        subjects = new SearchTestSubjects(registry, tx);
        found = new SubjectSearches(search);
    }

    @AfterEach
    void noHook() {
        upgrade.afterEachBatch(progress -> { });
    }

    @Test
    void anIndexOfTheOlderMappingIsRebuiltAndAChangeDuringTheRebuildIsFoundAfter() throws Exception {
        String marker = SearchTestSubjects.marker();
        SubjectView before = subjects.register(HUMEN, "东莞市虎门镇" + marker + "旧映射有限公司");
        found.awaitFound(HUMEN, marker, before.id());

        // the index as the previous version built it: the same fields, no index_phrases, no fingerprint
        String old = olderIndexWithEveryDocument();
        for (String previous : indexes.swap(subjectType, old)) {
            indexes.delete(previous);
        }
        assertThat(found.ids(HUMEN, marker)).as("found in the older index").contains(before.id());

        AtomicReference<SubjectView> during = new AtomicReference<>();
        AtomicReference<String> building = new AtomicReference<>();
        AtomicBoolean inBuildingIndex = new AtomicBoolean();
        AtomicBoolean foundDuring = new AtomicBoolean();
        upgrade.afterEachBatch(progress -> {
            if (building.compareAndSet(null, progress.index())) {
                // the reindex waits here, after its first bulk: a change now must reach the new index through the
                // dispatcher, and search still answers from the old index
                SubjectView changed = subjects.register(CHANGAN, "东莞市长安镇" + marker + "重建期间有限公司");
                during.set(changed);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                        .until(() -> client.get(g -> g.index(progress.index()).id(Long.toString(changed.id())),
                                SubjectDocument.class).found());
                inBuildingIndex.set(true);
                found.awaitFound(CHANGAN, marker, changed.id());
                foundDuring.set(found.ids(HUMEN, marker).containsAll(List.of(before.id(), changed.id()))
                        && indexesBehind().equals(Set.of(old)));
            }
        });
        indexes.forget(); // as after a restart with the new version: the next dispatcher run compares the mappings

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> building.get() != null && indexesBehind().equals(Set.of(building.get())));
        // the older index is deleted right after the swap
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !client.indices().exists(e -> e.index(old)).value());

        assertThat(inBuildingIndex).as("the change during the rebuild was written to the new index").isTrue();
        assertThat(foundDuring).as("search answered from the old index during the rebuild").isTrue();
        Property name = client.indices().getMapping(g -> g.index(indexes.alias(subjectType))).result()
                .get(building.get()).mappings().properties().get("name");
        assertThat(name.text().indexPhrases()).as("index_phrases on the names").isTrue();
        assertThat(indexes.outdated()).doesNotContain(subjectType.name());
        assertThat(found.ids(HUMEN, marker)).containsExactlyInAnyOrder(before.id(), during.get().id());
        assertThat(found.ids(CHANGAN, marker + "重建期间")).containsExactly(during.get().id());
    }

    /** A concrete index with the subject mapping as it was before index_phrases, holding every subject. */
    private String olderIndexWithEveryDocument() throws Exception {
        String index = indexes.alias(subjectType) + "-v19700101-000000-" + System.nanoTime();
        client.indices().create(c -> c.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(OlderMappings.withoutIndexPhrases(subjectType.mapping(settings.nameAnalyzer()),
                        client._jsonpMapper())));
        String after = null;
        while (true) {
            List<IndexedDocument> page = subjectType.after(after, 2000);
            if (page.isEmpty()) {
                break;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (IndexedDocument document : page) {
                bulk.operations(op -> op.index(i -> i.index(index).id(document.key().id())
                        .version(document.version()).versionType(VersionType.External).document(document.source())));
            }
            assertThat(client.bulk(bulk.build()).errors()).isFalse();
            after = subjectType.cursorOf(page.get(page.size() - 1));
        }
        client.indices().refresh(r -> r.index(index));
        return index;
    }

    private Set<String> indexesBehind() {
        try {
            return indexes.indicesBehind(subjectType);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
