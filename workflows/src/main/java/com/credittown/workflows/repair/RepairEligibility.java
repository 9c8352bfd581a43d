package com.credittown.workflows.repair;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Breach;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.tenancy.TenantContext;
import java.util.Locale;
import java.util.Optional;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the records an application lists from the subject's city-wide archive and decides whether the application is
 * eligible under the city's {@code REPAIR_RECORD} rules: each record is of a repairable kind, in publicity, recorded
 * by this tenant (谁认定、谁修复), and its minimum publicity period has passed; the obligations are fulfilled and a
 * repair commitment is signed.
 *
 * <p>A list that names no repairable record of the subject (an unknown id, another subject's record, a kind other
 * than dishonesty or penalty, a record no longer in publicity, a record another town recorded) is a wrong application,
 * refused with {@link InvalidInputException} so no case starts. Ineligibility is not an input error: the application
 * is registered with its reasons and the single window rejects it.
 */
@Component
class RepairEligibility {

    static final int MAX_RECORDS = 20;
    /** The REPAIR_RECORD rules whose breach makes the list itself wrong, with the problem code the client reads. */
    private static final Map<String, String> PROBLEM_CODES = Map.of("repairable-kind", "not-repairable",
            "repair-in-publicity", "not-in-publicity", "recorded-here", "recorded-elsewhere");
    private static final Pattern SEPARATORS = Pattern.compile("[,，;；、\\s]+");
    private static final Pattern RECORD_ID = Pattern.compile("\\d{1,18}");

    private final CreditSubjectRegistry registry;
    private final CreditArchive archive;
    private final CreditDecisions decisions;

    RepairEligibility(CreditSubjectRegistry registry, CreditArchive archive, CreditDecisions decisions) {
        this.registry = registry;
        this.archive = archive;
        this.decisions = decisions;
    }

    /**
     * @throws InvalidInputException naming {@code subjectCode} or {@code recordIds} when the list is wrong
     */
    Assessment assess(String subjectCode, String recordIds, boolean obligationsFulfilled, boolean commitmentSigned,
                      ReviewingDepartments departments, LocalDate today) {
        List<Long> ids = parse(recordIds);
        SubjectView subject = registry.byCode(subjectCode).orElseThrow(() -> invalid("subjectCode", "unknown-subject",
                "no credit subject with the code " + subjectCode + " is registered in this archive"));
        Map<Long, RecordView> archived = archive.archiveOf(subject.id()).records().stream()
                .collect(Collectors.toMap(RecordView::id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        List<ListedRecord> listed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Arguments decision = Arguments.recordDecision(today, TenantContext.require().code());
        for (long id : ids) {
            RecordView record = archived.get(id);
            if (record == null) {
                problems.add(new FieldProblem("recordIds", "unknown-record",
                        "record " + id + " is not in the credit archive of " + subject.code()));
                continue;
            }
            // the city's REPAIR_RECORD rules: a wrong record is a wrong application, a record not yet repairable
            // (its minimum period) makes the application ineligible
            List<Breach> breaches = decisions.decideRecord(Decision.REPAIR_RECORD, record, decision);
            Optional<Breach> wrong = breaches.stream().filter(b -> PROBLEM_CODES.containsKey(b.rule().id())).findFirst();
            if (wrong.isPresent()) {
                problems.add(new FieldProblem("recordIds", PROBLEM_CODES.get(wrong.get().rule().id()),
                        "record " + id + ": " + wrong.get().describe(Locale.ENGLISH)));
            } else {
                LocalDate earliest = record.publicity() == null ? null : record.publicity().earliestEnd();
                breaches.forEach(b -> reasons.add("record " + id + " (" + record.title() + "): "
                        + b.describe(Locale.ENGLISH) + "; repair is possible from " + earliest));
                listed.add(new ListedRecord(id, record.kind().name(),
                        record.severity() == null ? null : record.severity().name(), record.title(),
                        record.department(), departments.groupOf(record.department()), earliest));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!obligationsFulfilled) {
            reasons.add("the legal obligations are not declared fulfilled");
        }
        if (!commitmentSigned) {
            reasons.add("no credit-repair commitment is signed");
        }
        return new Assessment(subject.id(), subject.code(), listed, reasons);
    }

    private static List<Long> parse(String recordIds) {
        Set<Long> ids = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String token : SEPARATORS.split(recordIds == null ? "" : recordIds.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            if (!RECORD_ID.matcher(token).matches()) {
                problems.add(new FieldProblem("recordIds", "not-a-record-id", "'" + token + "' is not a record id"));
            } else if (!ids.add(Long.parseLong(token))) {
                problems.add(new FieldProblem("recordIds", "duplicate", "record " + token + " is listed twice"));
            }
        }
        if (problems.isEmpty() && ids.isEmpty()) {
            problems.add(new FieldProblem("recordIds", "required", "name at least one record"));
        }
        if (ids.size() > MAX_RECORDS) {
            problems.add(new FieldProblem("recordIds", "too-many", "at most " + MAX_RECORDS + " records per application"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(ids);
    }

    private static InvalidInputException invalid(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, code, message)));
    }

    /**
     * @param ineligibleReasons empty when the application is eligible
     */
    record Assessment(long subjectId, String subjectCode, List<ListedRecord> records, List<String> ineligibleReasons) {
    }
}
