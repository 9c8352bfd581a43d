package com.credittown.workflows.rectification;

/**
 * The escalation ladder of a government-dishonesty rectification case (政务失信整改, plan section (十二)). Each
 * missed deadline, or a failed verification, moves the case one level up; each level has its own period in working
 * days, a template parameter.
 */
public enum EscalationLevel {
    /** Not escalated: the responsible unit is within its plan or rectification period. */
    NONE(null),
    /** 催办 */
    REMINDER("reminderWorkingDays"),
    /** 约谈 */
    INTERVIEW("interviewWorkingDays"),
    /** 报告市信用办 */
    REPORTED_TO_CITY("cityReportWorkingDays"),
    /** 问责: the top of the ladder. */
    ACCOUNTABILITY("accountabilityWorkingDays");

    private final String periodParameter;

    EscalationLevel(String periodParameter) {
        this.periodParameter = periodParameter;
    }

    /** The next level up; the top level stays where it is. */
    EscalationLevel next() {
        return this == ACCOUNTABILITY ? ACCOUNTABILITY : values()[ordinal() + 1];
    }

    /** The template parameter holding this level's period in working days. */
    String periodParameter() {
        return periodParameter;
    }
}
