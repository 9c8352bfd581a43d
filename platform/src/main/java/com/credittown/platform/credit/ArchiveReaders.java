package com.credittown.platform.credit;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link ArchiveAccess}'s rule for documents read without a caller (the search index): who may find a subject or a
 * record. {@link #EVERY_TENANT} stands for every tenant's officers; otherwise the tenant codes that may. The city office
 * finds everything and is never listed.
 */
@Component
public class ArchiveReaders {

    public static final String EVERY_TENANT = "*";

    private final CreditSettings settings;
    private final SubjectReaders readers;

    ArchiveReaders(CreditSettings settings, SubjectReaders readers) {
        this.settings = settings;
        this.readers = readers;
    }

    /** Every tenant for a market entity, government body or institution; a natural person's readers otherwise. */
    public List<String> ofSubject(String kind, long subjectId) {
        return SubjectKind.NATURAL_PERSON.name().equals(kind) ? readers.of(subjectId) : List.of(EVERY_TENANT);
    }

    /**
     * Every tenant while the record is public credit information; otherwise its owner only (none for the city). Like
     * {@link ArchiveAccess#isPublic}, a record whose effect is suspended while an objection is examined (异议处理中,
     * the city's setting) is not public meanwhile.
     *
     * @param effectSuspended whether an objection is examined and suspends the record's effect now
     */
    public List<String> ofRecord(String kind, String severity, String state, String ownerTenant,
                                 boolean effectSuspended) {
        boolean open = settings.sharing().isPublic(RecordKind.valueOf(kind),
                severity == null ? null : Severity.valueOf(severity), RecordState.valueOf(state)) && !effectSuspended;
        if (open) {
            return List.of(EVERY_TENANT);
        }
        return ownerTenant == null ? List.of() : List.of(ownerTenant);
    }
}
