package com.credittown.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * One audit entry as its chain sees it: the content that is hashed, its position and its links. The hash is
 * {@code SM3(previous entry's hash ‖ canonical content)}, hex; the first entry of a chain links to {@link #GENESIS}.
 * The canonical content is every field, each written as its length in UTF-8 bytes, a colon and the bytes ({@code -}
 * for a missing value), so no two different entries share a canonical form.
 *
 * @param id          the row's id (not hashed: the position is {@code seq})
 * @param chain       the tenant's code, or {@link #CITY} for entries with no tenant
 * @param seq         the position in the chain, from 1
 * @param tenant      the tenant's code, {@code null} for city-level entries
 * @param occurredAt  when, to the microsecond (what the database keeps)
 * @param previousHash the hash of the entry at {@code seq - 1}, {@link #GENESIS} at 1
 * @param hash        this entry's hash as stored
 */
public record ChainedEntry(long id, String chain, long seq, String tenant, Instant occurredAt, String actor,
                           String action, String subjectType, String subjectId, String detail, String previousHash,
                           String hash) {

    /** The chain of audit entries written without a tenant (the city level). Not a valid tenant code. */
    public static final String CITY = "_city_";

    /** What the first entry of every chain links to. */
    public static final String GENESIS = "0".repeat(64);

    /** The chain an entry of this tenant (or {@code null}: the city level) belongs to. */
    public static String chainOf(String tenant) {
        return tenant == null ? CITY : tenant;
    }

    /** Time as the database keeps it: microseconds. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The hash this entry's content and link call for; equal to {@link #hash()} unless the row was changed. */
    public String computedHash() {
        SM3Digest sm3 = new SM3Digest();
        byte[] link = previousHash.getBytes(StandardCharsets.US_ASCII);
        sm3.update(link, 0, link.length);
        byte[] content = canonical().getBytes(StandardCharsets.UTF_8);
        sm3.update(content, 0, content.length);
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return HexFormat.of().formatHex(digest);
    }

    /** A copy holding the hash its content calls for. */
    ChainedEntry sealed() {
        return new ChainedEntry(id, chain, seq, tenant, occurredAt, actor, action, subjectType, subjectId, detail,
                previousHash, computedHash());
    }

    String canonical() {
        StringBuilder text = new StringBuilder("audit-v1|");
        for (String field : new String[] {chain, Long.toString(seq), tenant,
                Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)), actor, action, subjectType,
                subjectId, detail}) {
            if (field == null) {
                text.append("-|");
            } else {
                text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('|');
            }
        }
        return text.toString();
    }
}
