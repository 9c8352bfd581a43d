package com.credittown.platform.credit;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's read API for a tenant's own rosters of subjects, read from the city-wide archive (plan (三)) for the
 * caller's tenant only: the severely dishonest subjects its records make so (the governance ledger, plan (四)) and the
 * subjects it registered or recorded (the population of its graded inspections, plan (十八)). Each subject carries the
 * archive's current grade ({@code GradeCalculator}, stored on every regrade).
 */
@Service
@Allowed(Permission.ARCHIVE_READ)
public class SubjectRosters {

    private final CreditSubjects subjects;
    private final CreditRecords records;
    private final SubjectViews views;
    private final ArchiveAccess access;

    SubjectRosters(CreditSubjects subjects, CreditRecords records, SubjectViews views, ArchiveAccess access) {
        this.subjects = subjects;
        this.records = records;
        this.views = views;
        this.access = access;
    }

    /**
     * A subject the caller's tenant holds severe records of, with those records.
     *
     * @param records SEVERE dishonesty or penalty records and severe-dishonesty list entries in publicity, owned by
     *                the tenant
     */
    public record SevereStanding(SubjectView subject, List<RecordView> records) {

        /** Whether one of the records is a severe-dishonesty list entry (列入严重失信主体名单). */
        public boolean listed() {
            return records.stream().anyMatch(r -> r.kind() == RecordKind.SEVERE_LIST);
        }
    }

    /** The caller's tenant's severely dishonest subjects now (not read-only: a natural person's clear read is logged). */
    @Transactional
    public List<SevereStanding> severeSubjects() {
        String tenant = TenantContext.require().code();
        Map<Long, List<RecordView>> bySubject = new LinkedHashMap<>();
        for (CreditRecord record : records.findSevereOwnedBy(tenant)) {
            bySubject.computeIfAbsent(record.subjectId(), id -> new ArrayList<>()).add(access.view(record));
        }
        List<SevereStanding> standings = new ArrayList<>();
        bySubject.forEach((id, held) -> subjects.findById(id).ifPresent(s -> standings.add(
                new SevereStanding(views.of(s), List.copyOf(held)))));
        return standings;
    }

    /**
     * One subject's standing as {@link #severeSubjects} would list it, read from that subject's records only (the
     * follow-up of one archive change); empty if the caller's tenant holds no severe record of it in publicity.
     */
    @Transactional
    public Optional<SevereStanding> severeStanding(long subjectId) {
        String tenant = TenantContext.require().code();
        List<RecordView> held = records.findSevereOwnedByOfSubject(tenant, subjectId).stream().map(access::view)
                .toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        return subjects.findById(subjectId).map(s -> new SevereStanding(views.of(s), held));
    }

    /** The caller's tenant's subjects of these kinds (registered by it or recorded by it), by id. */
    @Transactional
    public List<SubjectView> subjectsOfTenant(Collection<SubjectKind> kinds) {
        String tenant = TenantContext.require().code();
        Set<SubjectKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(SubjectKind.MARKET_ENTITY)
                : Set.copyOf(kinds);
        return subjects.findOfTenant(tenant, wanted).stream().filter(access::maySee).map(views::of).toList();
    }
}
