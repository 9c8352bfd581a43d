package com.credittown.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.audit.ChainBreak;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of the verification on a chain of five entries built in memory. */
class ChainWalkUnitTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:02:03.123456Z");

    private static List<ChainedEntry> chain(String chain, int length) {
        List<ChainedEntry> entries = new ArrayList<>();
        String previous = ChainedEntry.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            ChainedEntry entry = new ChainedEntry(100 + seq, chain, seq, chain.equals(ChainedEntry.CITY) ? null : chain,
                    T0.plusSeconds(seq), "officer-" + seq, "RECORD_PUBLISHED", "credit-record", "r" + seq,
                    "detail " + seq, previous, null).sealed();
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static Optional<ChainBreak> walk(List<ChainedEntry> entries, long headSeq, String headHash) {
        ChainWalk walk = new ChainWalk(entries.isEmpty() ? "humen" : entries.get(0).chain());
        entries.forEach(walk::next);
        walk.end(Optional.of(new AuditChainHeads.Head("humen", headSeq, headHash)));
        return walk.firstBreak();
    }

    private static ChainedEntry edited(ChainedEntry e, String detail) {
        return new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), e.actor(), e.action(),
                e.subjectType(), e.subjectId(), detail, e.previousHash(), e.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<ChainedEntry> entries = chain("humen", 5);

        assertThat(walk(entries, 5, entries.get(4).hash())).isEmpty();
        assertThat(entries.get(0).previousHash()).isEqualTo(ChainedEntry.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash()).hasSize(64);
    }

    @Test
    void anEditedEntryIsFoundAtItsPosition() {
        List<ChainedEntry> entries = chain("humen", 5);
        entries.set(2, edited(entries.get(2), "detail 3, softened"));

        assertThat(walk(entries, 5, entries.get(4).hash())).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.entryId()).isEqualTo(103);
            assertThat(broken.problem()).contains("does not match its SM3 hash (edited)");
        });
    }

    @Test
    void anEditedEntryWhoseHashWasRecomputedBreaksTheNextLink() {
        List<ChainedEntry> entries = chain("humen", 5);
        entries.set(2, edited(entries.get(2), "rewritten").sealed());

        assertThat(walk(entries, 5, entries.get(4).hash())).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(4);
            assertThat(broken.problem()).contains("does not link to the entry before it");
        });
    }

    @Test
    void aDeletedEntryIsTheFirstMissingPosition() {
        List<ChainedEntry> entries = chain("humen", 5);
        entries.remove(1);

        assertThat(walk(entries, 5, entries.get(3).hash())).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(2);
            assertThat(broken.entryId()).isEqualTo(103);
            assertThat(broken.problem()).contains("position 2 is missing (deleted)");
        });
    }

    @Test
    void deletedEntriesAtTheEndAreFoundThroughTheHead() {
        List<ChainedEntry> entries = chain("humen", 5);
        String head = entries.get(4).hash();
        entries.remove(4);

        assertThat(walk(entries, 5, head)).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(5);
            assertThat(broken.problem()).contains("the head records 5 entries, but the chain ends at position 4");
        });
    }

    @Test
    void anEntryAddedPastTheHeadIsFound() {
        List<ChainedEntry> entries = chain("humen", 6);
        String headAtFive = entries.get(4).hash();

        assertThat(walk(entries, 5, headAtFive)).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(6);
            assertThat(broken.problem()).contains("runs past its head");
        });
    }

    @Test
    void anEntryOfAnotherTenantInTheChainIsFound() {
        List<ChainedEntry> entries = chain("humen", 3);
        ChainedEntry e = entries.get(1);
        entries.set(1, new ChainedEntry(e.id(), e.chain(), e.seq(), "changan", e.occurredAt(), e.actor(), e.action(),
                e.subjectType(), e.subjectId(), e.detail(), e.previousHash(), e.hash()));

        assertThat(walk(entries, 3, entries.get(2).hash())).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(2);
            assertThat(broken.problem()).contains("belongs to tenant changan, not to this chain");
        });
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        ChainedEntry e = chain("humen", 1).get(0);
        List<ChainedEntry> changed = List.of(
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt().plusNanos(1000), e.actor(),
                        e.action(), e.subjectType(), e.subjectId(), e.detail(), e.previousHash(), e.hash()),
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), "someone-else", e.action(),
                        e.subjectType(), e.subjectId(), e.detail(), e.previousHash(), e.hash()),
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), e.actor(), "OTHER",
                        e.subjectType(), e.subjectId(), e.detail(), e.previousHash(), e.hash()),
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), e.actor(), e.action(),
                        "case", e.subjectId(), e.detail(), e.previousHash(), e.hash()),
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), e.actor(), e.action(),
                        e.subjectType(), "r9", e.detail(), e.previousHash(), e.hash()),
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), e.actor(), e.action(),
                        e.subjectType(), e.subjectId(), null, e.previousHash(), e.hash()),
                // moving text between two fields keeps the concatenation but not the canonical form
                new ChainedEntry(e.id(), e.chain(), e.seq(), e.tenant(), e.occurredAt(), e.actor() + "R",
                        e.action().substring(1), e.subjectType(), e.subjectId(), e.detail(), e.previousHash(), e.hash()));

        assertThat(changed).allSatisfy(entry -> assertThat(entry.computedHash()).isNotEqualTo(e.hash()));
        assertThat(e.computedHash()).isEqualTo(e.hash());
    }

    @Test
    void theHashIsSm3OfTheLinkAndTheCanonicalContent() {
        // SM3("abc") from GB/T 32905-2016, appendix A, as a check that the digest is SM3
        var sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
        sm3.update("abc".getBytes(), 0, 3);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        assertThat(java.util.HexFormat.of().formatHex(out))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        ChainedEntry e = chain(ChainedEntry.CITY, 1).get(0);
        assertThat(e.canonical()).startsWith("audit-v1|6:_city_|1:1|-|");
    }
}
