package com.credittown.platform.credit.cleanup;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CodedSubject;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectCodeReported;
import com.credittown.platform.credit.SubjectNames;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Detection, the one rule of what the report's items are: wrong codes grouped by owner, source and department; names
 * of one code grouped by owner and code; subjects of one normalised name under several codes, one item for each
 * tenant that registered one of them. Items are written by key: a new key is a new open item; a known key keeps how it
 * was worked unless its fingerprint changed (then it opens again, audited).
 */
@Component
class CleanupDetection {

    static final String AUDIT_SUBJECT = "code-cleanup-item";
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final CodeObservations observations;
    private final CleanupItems items;
    private final CreditSubjectRegistry registry;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final ObjectMapper json;

    CleanupDetection(CodeObservations observations, CleanupItems items, CreditSubjectRegistry registry,
                     AuditLog audit, PlatformClock clock, ObjectMapper json) {
        this.observations = observations;
        this.items = items;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** How a detection run changed the report. */
    record Outcome(int found, int opened, int reopened) {

        Outcome plus(Outcome other) {
            return new Outcome(found + other.found, opened + other.opened, reopened + other.reopened);
        }
    }

    /** Detects every item of one owner, or of every owner ({@code null}: the city's run), and writes them. */
    Outcome detect(String owner, String actor) {
        List<Detected> detected = new ArrayList<>();
        for (SubjectCodeReported.Problem problem : SubjectCodeReported.Problem.values()) {
            List<CodeObservation> reported = owner == null ? observations.findByProblemOrderByIdAsc(problem)
                    : observations.findByOwnerTenantAndProblemOrderByIdAsc(owner, problem);
            detected.addAll(fromObservations(reported));
        }
        detected.addAll(likelyDuplicates(owner));
        return write(detected, actor);
    }

    /** Detects the item a new observation belongs to again (its key only). */
    Outcome refresh(CodeObservation seen, String actor) {
        List<CodeObservation> same = observations.findByOwnerTenantAndProblemOrderByIdAsc(seen.ownerTenant(),
                seen.problem()).stream().filter(o -> sameGroup(o, seen)).toList();
        return write(fromObservations(same), actor);
    }

    private static boolean sameGroup(CodeObservation a, CodeObservation b) {
        return a.problem() == SubjectCodeReported.Problem.WRONG_CODE
                ? a.source() == b.source() && Objects.equals(a.department(), b.department())
                : a.codeText().equals(b.codeText());
    }

    private List<Detected> fromObservations(List<CodeObservation> reported) {
        Map<String, List<CodeObservation>> byKey = new LinkedHashMap<>();
        for (CodeObservation o : reported) {
            byKey.computeIfAbsent(keyOf(o), k -> new ArrayList<>()).add(o);
        }
        List<Detected> detected = new ArrayList<>();
        byKey.forEach((key, group) -> {
            CodeObservation last = group.get(group.size() - 1);
            Map<String, Finding> findings = new LinkedHashMap<>();
            for (CodeObservation o : group) {
                boolean wrongCode = o.problem() == SubjectCodeReported.Problem.WRONG_CODE;
                String value = wrongCode ? o.codeText() : o.reportedName();
                String valueKey = wrongCode ? value : SubjectNames.normalised(value);
                Finding earlier = findings.get(valueKey);
                findings.put(valueKey, new Finding(earlier == null ? value : earlier.value(),
                        wrongCode ? o.reason() : o.archiveName(), earlier == null ? 1 : earlier.count() + 1,
                        o.reference()));
            }
            if (last.problem() == SubjectCodeReported.Problem.WRONG_CODE) {
                detected.add(new Detected(key, last.ownerTenant(), CleanupKind.WRONG_CODE, last.source().name(),
                        last.department(), null, null, List.copyOf(findings.values())));
            } else {
                detected.add(new Detected(key, last.ownerTenant(), CleanupKind.NAME_CONFLICT, null, last.codeText(),
                        last.archiveName(), last.subjectId(), List.copyOf(findings.values())));
            }
        });
        return detected;
    }

    private static String keyOf(CodeObservation o) {
        return o.problem() == SubjectCodeReported.Problem.WRONG_CODE
                ? Detected.key(o.ownerTenant(), CleanupKind.WRONG_CODE, o.source().name(), o.department())
                : Detected.key(o.ownerTenant(), CleanupKind.NAME_CONFLICT, null, o.codeText());
    }

    /**
     * One normalised name under several codes: an item for each tenant that registered one of the subjects (the city
     * for those it registered), listing every subject of the name.
     */
    private List<Detected> likelyDuplicates(String owner) {
        Map<String, List<CodedSubject>> byName = new LinkedHashMap<>();
        for (CodedSubject subject : registry.codedSubjects()) {
            String name = SubjectNames.normalised(subject.name());
            if (!name.isEmpty()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(subject);
            }
        }
        List<Detected> detected = new ArrayList<>();
        byName.forEach((name, subjects) -> {
            if (subjects.stream().map(CodedSubject::code).distinct().count() < 2) {
                return;
            }
            List<Finding> findings = subjects.stream().map(s -> new Finding(s.code(), s.name() + (s.registeredBy()
                    == null ? "" : " (" + s.registeredBy() + ")"), 1, "subject " + s.id())).toList();
            Set<String> owners = new LinkedHashSet<>();
            subjects.forEach(s -> owners.add(s.registeredBy()));
            for (String registeredBy : owners) {
                if (owner == null || owner.equals(registeredBy)) {
                    detected.add(new Detected(Detected.key(registeredBy, CleanupKind.LIKELY_DUPLICATE, null, name),
                            registeredBy, CleanupKind.LIKELY_DUPLICATE, null, subjects.get(0).name(), null, null,
                            findings));
                }
            }
        });
        return detected;
    }

    private Outcome write(List<Detected> detected, String actor) {
        Instant now = clock.instant();
        Outcome outcome = new Outcome(0, 0, 0);
        for (Detected d : detected) {
            String findings = encode(d.findings().stream().limit(CleanupItem.MAX_FINDINGS).toList());
            CleanupItem item = items.findByKey(d.key()).orElse(null);
            if (item == null) {
                items.save(new CleanupItem(d, findings, now));
                outcome = outcome.plus(new Outcome(1, 1, 0));
            } else if (item.found(d, findings, now)) {
                trail(actor, "CODE_CLEANUP_REOPENED", item, item.kind() + " " + item.group()
                        + ": found again with something new since it was worked (" + d.findings().size()
                        + " distinct values)");
                outcome = outcome.plus(new Outcome(1, 0, 1));
            } else {
                outcome = outcome.plus(new Outcome(1, 0, 0));
            }
        }
        return outcome;
    }

    /** The audit entry in the acting tenant's chain, or the city's for the city office's own work. */
    void trail(String actor, String action, CleanupItem item, String detail) {
        if (TenantContext.current().isPresent()) {
            audit.record(actor, action, AUDIT_SUBJECT, item.id().toString(), detail);
        } else {
            audit.recordForCity(actor, action, AUDIT_SUBJECT, item.id().toString(), detail);
        }
    }

    List<Finding> findingsOf(CleanupItem item) {
        try {
            return json.readValue(item.findings(), FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable findings of clean-up item " + item.id(), e);
        }
    }

    private String encode(List<Finding> findings) {
        try {
            String text = json.writeValueAsString(findings);
            // 100 findings of at most 100 + 500 + 100 characters fit; if not, fewer are listed (the count stays)
            while (text.length() > 16000 && findings.size() > 1) {
                findings = findings.subList(0, findings.size() / 2);
                text = json.writeValueAsString(findings);
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
