package com.credittown.platform.credit.rule;

import com.credittown.platform.credit.grade.Grade;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The city's decision rules, read from data and checked at start-up (an unknown rule id, a decision without rules, a
 * rule without its basis are errors), and their evaluation: a subject's facts against one decision's rules.
 */
public final class DecisionRules {

    private final String name;
    private final Map<Decision, List<Rule>> rules;

    public DecisionRules(String name, Map<Decision, List<Rule>> rules) {
        this.name = Objects.requireNonNull(name, "name");
        this.rules = Map.copyOf(rules);
    }

    public String name() {
        return name;
    }

    /** The rules of the decision, in the order they are checked. */
    public List<Rule> of(Decision decision) {
        return rules.getOrDefault(decision, List.of());
    }

    /** Every rule the subject breaks for this decision; none means the decision may go ahead. */
    public Verdict evaluate(Decision decision, SubjectFacts subject, Arguments arguments) {
        List<Breach> breaches = new ArrayList<>();
        for (Rule rule : of(decision)) {
            breach(rule, subject, arguments).ifPresent(breaches::add);
        }
        return new Verdict(decision, subject.code(), of(decision), breaches);
    }

    /** Every record-level rule of the decision one record breaks; none means this record may go ahead. */
    public List<Breach> evaluateRecord(Decision decision, ArchiveFact record, Arguments arguments) {
        List<Breach> breaches = new ArrayList<>();
        for (Rule rule : of(decision)) {
            if (!holds(rule.condition(), record, arguments)) {
                breaches.add(new Breach(rule, List.of(record), List.of()));
            }
        }
        return breaches;
    }

    private static boolean holds(Condition condition, ArchiveFact record, Arguments arguments) {
        return switch (condition.type()) {
            case RECORD_KIND -> condition.kinds().contains(record.kind());
            case RECORD_IN_PUBLICITY -> record.inPublicity();
            case RECORD_OWNED_BY_CALLER -> Objects.equals(arguments.callerTenant(), record.ownerTenant());
            case MINIMUM_PERIOD_PASSED -> record.minimumPeriodPassed(Objects.requireNonNull(arguments.today(),
                    "a record decision needs its day"));
            default -> throw new IllegalArgumentException(condition.type() + " is not a record-level condition");
        };
    }

    private static java.util.Optional<Breach> breach(Rule rule, SubjectFacts subject, Arguments arguments) {
        Condition condition = rule.condition();
        return switch (condition.type()) {
            case REGISTERED -> subject.registered() ? java.util.Optional.empty()
                    : java.util.Optional.of(new Breach(rule, List.of(), List.of()));
            case NO_RECORD -> {
                List<ArchiveFact> found = subject.records().stream()
                        .filter(r -> condition.kinds().contains(r.kind()))
                        .filter(r -> condition.severities().isEmpty()
                                || r.severity() != null && condition.severities().contains(r.severity()))
                        .filter(r -> counts(condition, r, arguments))
                        .toList();
                yield found.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(new Breach(rule, found, List.of()));
            }
            case MIN_GRADE -> {
                Grade minimum = condition.grade() != null ? condition.grade()
                        : Grade.valueOf(required(arguments, rule, condition.parameter()));
                yield !subject.registered() || subject.grade().compareTo(minimum) <= 0 ? java.util.Optional.empty()
                        : java.util.Optional.of(new Breach(rule, List.of(), List.of(new Text(
                        "当前等级 " + subject.grade() + "，要求 " + minimum + " 级或以上",
                        "grade " + subject.grade() + ", " + minimum + " or better required"))));
            }
            case FACT -> {
                List<String> evidence = subject.facts().getOrDefault(condition.fact(), List.of());
                yield evidence.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(new Breach(rule, List.of(), evidence.stream()
                        .map(e -> new Text(e, e)).toList()));
            }
            default -> throw new IllegalArgumentException(condition.type() + " is a record-level condition");
        };
    }

    private static boolean counts(Condition condition, ArchiveFact record, Arguments arguments) {
        if (condition.counts() == Condition.Counting.DURING_PERIOD) {
            if (arguments.periodFirstDay() == null || arguments.periodLastDay() == null) {
                throw new IllegalArgumentException("A rule counting records during a period needs the period");
            }
            return record.inPublicityDuring(arguments.periodFirstDay(), arguments.periodLastDay());
        }
        return record.inPublicity();
    }

    private static String required(Arguments arguments, Rule rule, String parameter) {
        String value = arguments.parameters().get(parameter);
        if (value == null) {
            throw new IllegalArgumentException("Rule " + rule.id() + " needs the parameter " + parameter);
        }
        return value;
    }

    /** Reads rules from JSON; unknown fields and unknown rule ids are errors, so a typo does not go unseen. */
    public static DecisionRules read(InputStream in, String source) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File file;
        try {
            file = json.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The decision rules " + source + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : file.rules()) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Decision rules " + source + ": rule " + rule.id() + " twice");
            }
            if (rule.basis().zh() == null || rule.basis().en() == null || rule.basis().source() == null) {
                throw new IllegalArgumentException("Decision rules " + source + ": rule " + rule.id()
                        + " needs its basis (source, zh, en)");
            }
        }
        Map<Decision, List<Rule>> decisions = new EnumMap<>(Decision.class);
        file.decisions().forEach((decision, ids) -> decisions.put(decision, ids.stream().map(id -> {
            Rule rule = byId.get(id);
            if (rule == null) {
                throw new IllegalArgumentException("Decision rules " + source + ": " + decision + " names the unknown"
                        + " rule " + id);
            }
            return rule;
        }).toList()));
        for (Decision decision : Decision.values()) {
            List<Rule> of = decisions.getOrDefault(decision, List.of());
            if (of.isEmpty()) {
                throw new IllegalArgumentException("Decision rules " + source + ": no rules for " + decision);
            }
            boolean recordLevel = decision == Decision.REPAIR_RECORD;
            for (Rule rule : of) {
                if (rule.condition().type().recordLevel() != recordLevel) {
                    throw new IllegalArgumentException("Decision rules " + source + ": " + decision + " cannot use the "
                            + rule.condition().type() + " rule " + rule.id());
                }
            }
        }
        return new DecisionRules(file.name(), decisions);
    }

    private record File(String _comment, String name, Map<Decision, List<String>> decisions, List<Rule> rules) {
    }
}
