package com.credittown.workflows.design;

import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything that makes a design unfit to save or publish, each problem keyed to the step or field concerned.
 * An empty answer means the generated BPMN will deploy and run.
 */
public final class DesignValidator {

    private static final Pattern ID = DesignGrammar.ID;
    private static final Pattern PROCESS_KEY = DesignGrammar.PROCESS_KEY;
    private static final Pattern SAFE_VALUE = DesignGrammar.SAFE_VALUE;

    private final DesignLimits limits;

    public DesignValidator(DesignLimits limits) {
        this.limits = limits;
    }

    public List<DesignProblem> check(String processKey, DesignModel model) {
        List<DesignProblem> problems = new ArrayList<>();
        if (processKey == null || !PROCESS_KEY.matcher(processKey).matches()) {
            problems.add(new DesignProblem("process", "bad-key",
                    "the process key must be 3 to 50 lower-case letters, digits or '-', starting with a letter"));
        }
        if (model.name() == null || model.name().isBlank() || model.name().length() > 100) {
            problems.add(new DesignProblem("process", "missing-name", "the process needs a name of up to 100 characters"));
        }
        checkFields(model, problems);
        for (String key : model.startFields()) {
            if (model.field(key).isEmpty()) {
                problems.add(new DesignProblem("start", "unknown-field", "the start form shows '" + key
                        + "', which is not a field of the form"));
            } else if (model.field(key).get().type() == FieldType.FILE) {
                // a file is stored as an attachment of its case, and before the start there is no case yet
                problems.add(DesignProblem.field(key, "file-on-start", "a file field cannot be on the start form: "
                        + "files are attached to a case, which does not exist before it starts; ask for it in the "
                        + "first step"));
            }
        }
        if (model.steps().isEmpty()) {
            problems.add(new DesignProblem("steps", "empty-chain", "the process has no steps"));
        }
        Set<String> ids = new HashSet<>();
        for (DesignStep step : model.allSteps()) {
            checkStep(model, step, ids, problems);
        }
        return problems;
    }

    private static void checkFields(DesignModel model, List<DesignProblem> problems) {
        Set<String> keys = new HashSet<>();
        for (FormField field : model.fields()) {
            String key = field.key();
            if (key == null || !ID.matcher(key).matches()) {
                problems.add(DesignProblem.field(String.valueOf(key), "bad-key",
                        "a field key is a letter followed by up to 39 letters, digits, '_' or '-'"));
                continue;
            }
            if (!keys.add(key)) {
                problems.add(DesignProblem.field(key, "duplicate-field", "two fields have the key '" + key + "'"));
            }
            if (field.type() == null) {
                problems.add(DesignProblem.field(key, "missing-type", "the field has no type"));
                continue;
            }
            if (field.label() == null || field.label().zh() == null || field.label().zh().isBlank()) {
                problems.add(DesignProblem.field(key, "missing-label", "the field needs a Chinese label"));
            }
            if (field.type() == FieldType.CHOICE && field.options().isEmpty()) {
                problems.add(DesignProblem.field(key, "no-options", "a choice field needs at least one option"));
            }
            if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
                problems.add(DesignProblem.field(key, "min-above-max", "the minimum is above the maximum"));
            }
            if (field.minLength() != null && field.maxLength() != null && field.minLength() > field.maxLength()) {
                problems.add(DesignProblem.field(key, "min-above-max", "the minimum length is above the maximum"));
            }
            if (field.pattern() != null && !field.pattern().isBlank()) {
                try {
                    Pattern.compile(field.pattern());
                } catch (PatternSyntaxException e) {
                    problems.add(DesignProblem.field(key, "bad-pattern", "the pattern is not a regular expression: "
                            + e.getDescription()));
                }
            }
        }
    }

    private void checkStep(DesignModel model, DesignStep step, Set<String> ids, List<DesignProblem> problems) {
        String id = step.id();
        if (id == null || !ID.matcher(id).matches() || "start".equals(id) || "end".equals(id)) {
            problems.add(DesignProblem.step(String.valueOf(id), "bad-id",
                    "a step id is a letter followed by up to 39 letters, digits, '_' or '-' (not start or end)"));
            return;
        }
        if (!ids.add(id)) {
            problems.add(DesignProblem.step(id, "duplicate-step", "two steps have the id '" + id + "'"));
        }
        if (step.kind() == null) {
            problems.add(DesignProblem.step(id, "missing-kind", "the step has no kind"));
            return;
        }
        if (step.name() == null || step.name().isBlank() || step.name().length() > 100) {
            problems.add(DesignProblem.step(id, "missing-name", "the step needs a name of up to 100 characters"));
        }
        switch (step.kind()) {
            case APPROVAL -> {
                checkAssignee(step, problems);
                checkDeadline(step, problems);
                for (String key : step.shownFields()) {
                    if (model.field(key).isEmpty()) {
                        problems.add(DesignProblem.step(id, "unknown-field", "the step shows '" + key
                                + "', which is not a field of the form"));
                    }
                }
            }
            case COPY_TO -> checkAssignee(step, problems);
            case PARALLEL -> {
                if (step.branches().size() < 2) {
                    problems.add(DesignProblem.step(id, "too-few-branches", "a parallel block needs two branches or more"));
                }
                if (step.branches().stream().allMatch(b -> b.steps().isEmpty())) {
                    problems.add(DesignProblem.step(id, "empty-branches", "every branch of the block is empty"));
                }
            }
            case CONDITION -> checkConditions(model, step, problems);
        }
    }

    private static void checkAssignee(DesignStep step, List<DesignProblem> problems) {
        Assignee assignee = step.assignee();
        if (assignee == null || assignee.kind() == null || assignee.value() == null || assignee.value().isBlank()) {
            problems.add(DesignProblem.step(step.id(), "missing-assignee", step.kind() == StepKind.COPY_TO
                    ? "the copy-to names no recipient" : "the step has no assignee (role, department or person)"));
        } else if (!DesignGrammar.isAssignee(assignee.value())) {
            problems.add(DesignProblem.step(step.id(), "bad-assignee",
                    "'" + assignee.value() + "' is not a role, department code or user name"));
        }
    }

    private void checkDeadline(DesignStep step, List<DesignProblem> problems) {
        Integer days = step.deadlineWorkingDays();
        if (days == null) {
            problems.add(DesignProblem.step(step.id(), "missing-deadline", "the step needs a deadline in working days"));
        } else if (days < 1) {
            problems.add(DesignProblem.step(step.id(), "bad-deadline", "a deadline is at least 1 working day"));
        } else if (days > limits.maxDeadlineWorkingDays()) {
            problems.add(DesignProblem.step(step.id(), "deadline-above-limit", days
                    + " working days is longer than the city's limit of " + limits.maxDeadlineWorkingDays()
                    + " working days (" + limits.basis() + ")"));
        }
    }

    private static void checkConditions(DesignModel model, DesignStep step, List<DesignProblem> problems) {
        long defaults = step.branches().stream().filter(b -> b.condition() == null).count();
        if (step.branches().size() < 2 || defaults != 1) {
            problems.add(DesignProblem.step(step.id(), "needs-default-branch",
                    "a condition block needs one branch with a condition or more and exactly one default branch"));
        }
        for (Branch branch : step.branches()) {
            Condition condition = branch.condition();
            if (condition == null) {
                continue;
            }
            var field = condition.field() == null ? java.util.Optional.<FormField>empty() : model.field(condition.field());
            if (field.isEmpty()) {
                problems.add(DesignProblem.step(step.id(), "condition-on-missing-field", "the condition of branch '"
                        + branch.name() + "' is on '" + condition.field() + "', which is not a field of the form"));
                continue;
            }
            if (condition.operator() == null) {
                problems.add(DesignProblem.step(step.id(), "missing-operator", "the condition of branch '"
                        + branch.name() + "' has no operator"));
                continue;
            }
            boolean needsValue = condition.operator() != Operator.IS_EMPTY;
            if (needsValue && (condition.value() == null || condition.value().isBlank())) {
                problems.add(DesignProblem.step(step.id(), "missing-value", "the condition of branch '"
                        + branch.name() + "' compares with nothing"));
            } else if (condition.value() != null && !SAFE_VALUE.matcher(condition.value()).matches()) {
                problems.add(DesignProblem.step(step.id(), "unsafe-value", "the condition value of branch '"
                        + branch.name() + "' may not contain quotes, braces, $, #, < > or &"));
            }
            boolean ordered = condition.operator() == Operator.GREATER_THAN
                    || condition.operator() == Operator.LESS_THAN;
            FieldType type = field.get().type();
            if (ordered && type != FieldType.NUMBER && type != FieldType.DATE) {
                problems.add(DesignProblem.step(step.id(), "not-comparable", "'" + condition.field()
                        + "' is not a number or a date: greater or less than does not apply"));
            }
        }
    }
}
