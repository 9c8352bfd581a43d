package com.credittown.platform.credit.severelist;

import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How list entries are read and shown: the city office's overview, who is on the list now for officers and for the
 * public (an entry whose record is under objection with its effect suspended is, like any such record, not public:
 * only its proposer and the city office read it meanwhile), the 异议处理中 mark of a listed entry whose record is under
 * objection, and the checks the steps share.
 */
@Component
class ListEntryReader {

    private final SevereListEntries entries;
    private final CreditSubjectRegistry subjects;
    private final CreditListings listings;
    private final PlatformClock clock;

    ListEntryReader(SevereListEntries entries, CreditSubjectRegistry subjects, CreditListings listings,
                    PlatformClock clock) {
        this.entries = entries;
        this.subjects = subjects;
        this.listings = listings;
        this.clock = clock;
    }

    List<ListEntryView> all(ListingStatus status) {
        List<SevereListEntry> found = status == null ? entries.findAllByOrderByIdDesc()
                : entries.findByStatusInOrderByIdDesc(EnumSet.of(status));
        Map<Long, Boolean> objected = marks(found);
        return found.stream().map(e -> view(e, objected)).toList();
    }

    List<ListEntryView> listed() {
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        List<SevereListEntry> listed = entries.findByStatusInOrderByIdDesc(EnumSet.of(ListingStatus.LISTED));
        Map<Long, Boolean> objected = marks(listed);
        return listed.stream()
                .filter(e -> tenant == null || tenant.equals(e.proposerTenant())
                        || !Boolean.TRUE.equals(objected.get(e.recordId())))
                .map(e -> view(e, objected))
                .map(v -> tenant == null || tenant.equals(v.proposerTenant()) ? v : v.published())
                .toList();
    }

    List<PublicListing> publicList() {
        List<SevereListEntry> listed = entries.findByStatusInOrderByIdDesc(EnumSet.of(ListingStatus.LISTED));
        Set<Long> suspended = listings.suspended(listed.stream().map(SevereListEntry::recordId).toList());
        java.time.ZoneId zone = clock.getZone();
        List<PublicListing> shown = new ArrayList<>();
        for (SevereListEntry entry : listed) {
            Optional<SubjectView> subject = subjectOf(entry);
            if (subject.isEmpty() || subject.get().kind() == SubjectKind.NATURAL_PERSON
                    || suspended.contains(entry.recordId())) {
                continue;
            }
            // the public page shows the entry as it stands now: after a correction, the corrected facts and period
            ListEntryView v = entry.view(subject.get().code(), subject.get().name(), false);
            shown.add(new PublicListing(v.subjectCode(), v.subjectName(), v.proposerTenant(), v.department(),
                    v.grounds(), v.legalBasis(), v.listedFrom(), v.listedUntil(),
                    v.correctedAt() == null ? null : LocalDate.ofInstant(v.correctedAt(), zone)));
        }
        return shown;
    }

    Optional<ListEntryView> listedEntryOf(long recordId) {
        return entries.findByRecordId(recordId).filter(e -> e.status() == ListingStatus.LISTED).map(this::view);
    }

    ListEntryView view(SevereListEntry entry) {
        return view(entry, marks(List.of(entry)));
    }

    private ListEntryView view(SevereListEntry entry, Map<Long, Boolean> objected) {
        Optional<SubjectView> subject = subjectOf(entry);
        return entry.view(subject.map(SubjectView::code).orElse(null), subject.map(SubjectView::name).orElse(null),
                entry.status() == ListingStatus.LISTED && objected.containsKey(entry.recordId()));
    }

    /** The listed entries' records under objection (异议处理中), each saying whether its effect is suspended. */
    private Map<Long, Boolean> marks(List<SevereListEntry> found) {
        return listings.underObjection(found.stream().filter(e -> e.status() == ListingStatus.LISTED)
                .map(SevereListEntry::recordId).toList());
    }

    private Optional<SubjectView> subjectOf(SevereListEntry entry) {
        try {
            return Optional.of(subjects.subject(entry.subjectId()));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    static String merchantCode() {
        return CurrentUsers.current().flatMap(CurrentUser::subjectCode).orElseThrow(() -> new NotFoundException(
                "No subject", "Your account is not linked to a credit subject yet."));
    }

    static NotFoundException unknown(long id) {
        return new NotFoundException("Unknown list proposal", "No severe-dishonesty list proposal with the id " + id
                + " exists.");
    }

    static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " is longer than " + max + " characters"));
        }
    }
}
