package com.credittown.platform.credit.severelist;

import static com.credittown.platform.credit.severelist.ListEntryReader.merchantCode;
import static com.credittown.platform.credit.severelist.ListEntryReader.text;
import static com.credittown.platform.credit.severelist.ListEntryReader.unknown;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The subject's side: the notices served on it and its statement and defence (陈述申辩) within the period. */
@Component
class ListStatements {

    private final SevereListEntries entries;
    private final CreditSubjectRegistry subjects;
    private final AuditLog audit;
    private final CityWrites cityWrites;
    private final PlatformClock clock;
    private final ListEntryReader reader;

    ListStatements(SevereListEntries entries, CreditSubjectRegistry subjects, AuditLog audit, CityWrites cityWrites,
                   PlatformClock clock, ListEntryReader reader) {
        this.entries = entries;
        this.subjects = subjects;
        this.audit = audit;
        this.cityWrites = cityWrites;
        this.clock = clock;
        this.reader = reader;
    }

    List<ListEntryView> myNotices() {
        String code = merchantCode();
        return subjects.lookup(code).map(s -> entries.findBySubjectIdOrderByIdDesc(s.id()).stream()
                .filter(e -> e.status() != ListingStatus.PROPOSED).map(reader::view).toList()).orElse(List.of());
    }

    ListEntryView submitStatement(long entryId, String statement, String actor) {
        String code = merchantCode();
        SevereListEntry found = entries.findById(entryId)
                .filter(e -> e.status() != ListingStatus.PROPOSED)
                .filter(e -> subjects.lookup(code).map(s -> s.id() == e.subjectId()).orElse(false))
                .orElseThrow(() -> unknown(entryId));
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "statement", statement, SevereList.MAX_STATEMENT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the proposal's steps are all audited in the proposing tenant's trail, whoever takes them
        return cityWrites.inTenant(new TenantId(found.proposerTenant()), () -> {
            SevereListEntry entry = entries.findById(entryId).orElseThrow(() -> unknown(entryId));
            entry.state(statement.strip(), LocalDate.now(clock), clock.instant(), actor);
            audit.record(actor, "SEVERE_LIST_STATEMENT", SevereList.AUDIT_SUBJECT, entry.id().toString(),
                    "statement and defence received (" + statement.strip().length() + " characters)");
            return reader.view(entry);
        });
    }
}
