package com.credittown.workflows.template;

import com.credittown.platform.identity.Roles;
import com.credittown.platform.web.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a tenant's step changes against the city's structure data before anything is published: a locked step is
 * never removed, only optional steps are; a step is inserted only where the city opened a position, with a deadline
 * within the city's maximum, and never so that a total the city locks (e.g. 10 working days for a repair result) is
 * exceeded. Each problem is keyed {@code step:<id>} so the page shows it on the step concerned; a locked step or total
 * names its basis as the data writes it (a document's words only where the sources file checks them, else the city's
 * setting, see docs/citations.md). The designer page asks {@link #removal} too, so it offers no removal this refuses.
 */
public final class TemplateStepRules {

    static final Pattern STEP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Set<String> ROLES = Set.of(Roles.OFFICER, Roles.ADMINISTRATOR);

    private TemplateStepRules() {
    }

    /**
     * @param elements the ids of every element of the city's template (steps, gateways, flows, events)
     * @param flows    the ids of its sequence flows
     * @param values   the parameter values the version would run with
     */
    static List<FieldProblem> check(TemplateStructure structure, Set<String> elements, Set<String> flows,
                                    Map<String, Object> values, StepChanges changes) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String removed : changes.removed()) {
            removal(structure, elements, removed).ifPresent(problems::add);
        }
        Set<String> ids = new HashSet<>();
        for (ExtraStep step : changes.inserted()) {
            problems.addAll(insertion(structure, elements, flows, step, ids));
        }
        for (DeadlineLimit limit : structure.deadlineLimits()) {
            problems.addAll(total(structure, limit, values, changes));
        }
        return problems;
    }

    /**
     * Why the tenant may not remove a step of the city's template (locked by the city, not a step of it, or not one
     * the city made optional), or empty when it may.
     *
     * @param elements the ids of every element of the city's template
     */
    public static Optional<FieldProblem> removal(TemplateStructure structure, Set<String> elements, String id) {
        String key = "step:" + id;
        LockedStep locked = structure.locked().get(id);
        if (locked != null) {
            return Optional.of(new FieldProblem(key, "locked-step",
                    id + " is locked by the city office and may not be removed or moved (" + locked.basis() + ")"));
        }
        if (!elements.contains(id)) {
            return Optional.of(new FieldProblem(key, "unknown-step", "'" + id + "' is not a step of this template"));
        }
        if (!structure.optional().containsKey(id)) {
            return Optional.of(new FieldProblem(key, "not-optional",
                    id + " is not one of the steps the city lets a tenant remove"));
        }
        return Optional.empty();
    }

    private static List<FieldProblem> insertion(TemplateStructure structure, Set<String> elements, Set<String> flows,
                                                ExtraStep step, Set<String> ids) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = step.id() == null ? "" : step.id();
        String key = "step:" + id;
        if (!STEP_ID.matcher(id).matches()) {
            problems.add(new FieldProblem(key, "bad-id", "a step id is a letter then letters, digits or _ (at most 40)"));
        } else if (elements.contains(id) || !ids.add(id)) {
            problems.add(new FieldProblem(key, "duplicate-step", "another step already has the id '" + id + "'"));
        }
        if (step.name() == null || step.name().isBlank() || step.name().length() > 100) {
            problems.add(new FieldProblem(key, "missing-name", "the step needs a name of at most 100 characters"));
        }
        if (step.candidateKind() == null || step.candidate() == null || step.candidate().isBlank()) {
            problems.add(new FieldProblem(key, "missing-assignee", "the step needs a role or a department"));
        } else if (step.candidateKind() == ExtraStep.CandidateKind.ROLE ? !ROLES.contains(step.candidate())
                : !DEPARTMENT.matcher(step.candidate()).matches()) {
            problems.add(new FieldProblem(key, "bad-assignee", "'" + step.candidate() + "' is not "
                    + (step.candidateKind() == ExtraStep.CandidateKind.ROLE ? "one of the roles " + ROLES
                    : "a department code")));
        }
        var position = structure.position(step.position() == null ? "" : step.position());
        String forbidden = structure.forbiddenPositions().get(step.position());
        if (forbidden != null) {
            problems.add(new FieldProblem(key, "forbidden-position",
                    "no step may be inserted at " + step.position() + " (" + forbidden + ")"));
        } else if (step.position() == null || !flows.contains(step.position())) {
            problems.add(new FieldProblem(key, "unknown-position",
                    "'" + step.position() + "' is not a position in this template"));
        } else if (position.isEmpty()) {
            problems.add(new FieldProblem(key, "position-not-open",
                    "the city has not opened " + step.position() + " to tenant steps"));
        }
        Integer days = step.deadlineWorkingDays();
        if (days == null) {
            problems.add(new FieldProblem(key, "missing-deadline", "the step needs a deadline in working days"));
        } else if (days < 1) {
            problems.add(new FieldProblem(key, "bad-deadline", "a deadline is at least 1 working day"));
        } else if (position.isPresent() && days > position.get().maxWorkingDays()) {
            problems.add(new FieldProblem(key, "out-of-range", days + " working days is above the city's maximum of "
                    + position.get().maxWorkingDays() + " working days for a step inserted here"));
        }
        return problems;
    }

    private static List<FieldProblem> total(TemplateStructure structure, DeadlineLimit limit,
                                            Map<String, Object> values, StepChanges changes) {
        List<ExtraStep> counted = changes.inserted().stream()
                .filter(step -> step.deadlineWorkingDays() != null && step.deadlineWorkingDays() > 0)
                .filter(step -> structure.position(step.position() == null ? "" : step.position())
                        .map(p -> limit.id().equals(p.deadlineLimit())).orElse(false))
                .toList();
        if (counted.isEmpty()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        int sum = 0;
        for (String parameter : limit.parameters()) {
            int value = values.get(parameter) instanceof Integer n ? n : 0;
            sum += value;
            terms.add(parameter + " " + value);
        }
        for (ExtraStep step : counted) {
            sum += step.deadlineWorkingDays();
            terms.add(step.name() + " " + step.deadlineWorkingDays());
        }
        if (sum <= limit.maxWorkingDays()) {
            return List.of();
        }
        String message = String.join(" + ", terms) + " = " + sum + " working days is longer than the city's limit of "
                + limit.maxWorkingDays() + " working days (" + limit.basis() + ")";
        return counted.stream().map(step -> new FieldProblem("step:" + step.id(), "legal-limit", message)).toList();
    }
}
