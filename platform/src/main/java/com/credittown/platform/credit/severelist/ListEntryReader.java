package com.credittown.platform.credit.severelist;

import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How list entries are read and shown: the city office's overview, who is on the list now for officers and for the
 * public (an entry whose record is under objection with its effect suspended is, like any such record, not public:
 * only its proposer and the city office read it meanwhile), and the checks the steps share.
 */
@Component
class ListEntryReader {

    private final SevereListEntries entries;
    private final CreditSubjectRegistry subjects;
    private final CreditListings listings;

    ListEntryReader(SevereListEntries entries, CreditSubjectRegistry subjects, CreditListings listings) {
        this.entries = entries;
        this.subjects = subjects;
        this.listings = listings;
    }

    List<ListEntryView> all(ListingStatus status) {
        return (status == null ? entries.findAllByOrderByIdDesc()
                : entries.findByStatusInOrderByIdDesc(EnumSet.of(status))).stream().map(this::view).toList();
    }

    List<ListEntryView> listed() {
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        List<SevereListEntry> listed = entries.findByStatusInOrderByIdDesc(EnumSet.of(ListingStatus.LISTED));
        Set<Long> suspended = listings.suspended(listed.stream().map(SevereListEntry::recordId).toList());
        return listed.stream()
                .filter(e -> tenant == null || tenant.equals(e.proposerTenant()) || !suspended.contains(e.recordId()))
                .map(this::view)
                .map(v -> tenant == null || tenant.equals(v.proposerTenant()) ? v : v.published())
                .toList();
    }

    List<PublicListing> publicList() {
        List<SevereListEntry> listed = entries.findByStatusInOrderByIdDesc(EnumSet.of(ListingStatus.LISTED));
        Set<Long> suspended = listings.suspended(listed.stream().map(SevereListEntry::recordId).toList());
        List<PublicListing> shown = new ArrayList<>();
        for (SevereListEntry entry : listed) {
            Optional<SubjectView> subject = subjectOf(entry);
            if (subject.isEmpty() || subject.get().kind() == SubjectKind.NATURAL_PERSON
                    || suspended.contains(entry.recordId())) {
                continue;
            }
            ListEntryView v = entry.view(subject.get().code(), subject.get().name());
            shown.add(new PublicListing(v.subjectCode(), v.subjectName(), v.proposerTenant(), v.department(),
                    v.grounds(), v.legalBasis(), v.listedFrom(), v.listedUntil()));
        }
        return shown;
    }

    ListEntryView view(SevereListEntry entry) {
        Optional<SubjectView> subject = subjectOf(entry);
        return entry.view(subject.map(SubjectView::code).orElse(null), subject.map(SubjectView::name).orElse(null));
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
