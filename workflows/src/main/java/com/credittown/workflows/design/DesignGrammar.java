package com.credittown.workflows.design;

import com.credittown.platform.calendar.WorkingDayBusinessCalendar;
import com.credittown.platform.identity.Roles;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact text the designer writes into BPMN where the engine reads it, and nothing more: the two expressions (a
 * condition on a form field through {@code designConditions}, the copy-to delegate {@code designCopyTo}), form keys,
 * assignees and candidate groups, and due dates in working days. The generator writes with it, the checks admit only
 * what matches it, the simulation reads conditions and deadlines with it.
 */
public final class DesignGrammar {

    /** The bean that decides conditions ({@link ConditionEvaluator}). */
    static final String CONDITIONS_BEAN = "designConditions";
    /** The bean of copy-to steps ({@link DesignDelegates#designCopyTo}). */
    static final String COPY_TO_BEAN = "designCopyTo";
    /** The copy-to step's delegate: the only service a designed process calls. */
    static final String COPY_TO_DELEGATE = "${" + COPY_TO_BEAN + "}";
    /** Step ids and field keys. */
    static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    /** A design's process key. */
    static final Pattern PROCESS_KEY = Pattern.compile("[a-z][a-z0-9-]{2,49}");
    /** A role, a department code or a user name. */
    static final Pattern NAME_OF_GROUP_OR_USER = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    /** What a condition's value may contain: it is written into an expression, so no quotes, braces or $/#. */
    static final Pattern SAFE_VALUE = Pattern.compile("[^'\"\\\\{}$#<>&]{0,100}");
    /** A deadline in working days, on the {@link WorkingDayBusinessCalendar#NAME} calendar. */
    static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,3})D");
    static final String CALENDAR = WorkingDayBusinessCalendar.NAME;

    private static final Pattern GROUP = Pattern.compile("(?:" + Pattern.quote(Roles.departmentGroup("")) + ")?"
            + NAME_OF_GROUP_OR_USER.pattern());
    private static final Pattern GROUPS = Pattern.compile(GROUP.pattern() + "(\\s*,\\s*" + GROUP.pattern() + ")*");
    private static final Pattern CONDITION = Pattern.compile(
            "\\$\\{" + CONDITIONS_BEAN + "\\.test\\(execution\\.getVariable\\('(" + ID.pattern() + ")'\\), "
                    + "'(EQUALS|GREATER_THAN|LESS_THAN|IS_EMPTY)', '(" + SAFE_VALUE.pattern() + ")'\\)}");
    private static final Pattern FORM_KEY = Pattern.compile("design:(" + PROCESS_KEY.pattern() + ")(@\\d{1,6})?:("
            + ID.pattern() + ")");

    private DesignGrammar() {
    }

    /** Whether the engine would evaluate something in this text: JUEL reads {@code ${...}} and {@code #{...}}. */
    static boolean hasExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The condition expression of a condition branch. */
    static String condition(Condition condition) {
        return "${" + CONDITIONS_BEAN + ".test(execution.getVariable('" + condition.field() + "'), '"
                + condition.operator().name() + "', '" + (condition.value() == null ? "" : condition.value()) + "')}";
    }

    /** A condition as the generator writes it, read back; empty for any other text. */
    static Optional<Condition> parseCondition(String text) {
        Matcher matcher = text == null ? null : CONDITION.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Condition(matcher.group(1), Operator.valueOf(matcher.group(2)),
                matcher.group(3)));
    }

    /** The working days of a {@code P<n>D} due date; empty for any other text. */
    static Optional<Integer> workingDays(String dueDate) {
        Matcher matcher = dueDate == null ? null : WORKING_DAYS.matcher(dueDate.strip());
        return matcher != null && matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
    }

    static boolean isAssignee(String text) {
        return text != null && NAME_OF_GROUP_OR_USER.matcher(text).matches();
    }

    static boolean isCandidateGroups(String text) {
        return text != null && GROUPS.matcher(text).matches();
    }

    /** The step a form key of this process names ({@code design:<process>[@<version>]:<step>}); empty otherwise. */
    static Optional<String> formStep(String processKey, String formKey) {
        Matcher matcher = formKey == null ? null : FORM_KEY.matcher(formKey);
        if (matcher == null || !matcher.matches() || !matcher.group(1).equals(processKey)) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(3));
    }
}
