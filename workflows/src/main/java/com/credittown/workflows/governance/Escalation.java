package com.credittown.workflows.governance;

/**
 * What the city's escalation setting asks of the town for an entry now (a setting, not the plan's rule: the plan says
 * only 依法依规启动提示、警示约谈程序).
 */
public enum Escalation {
    /** Nothing is due: no interview yet is not overdue by itself, or the entity has rectified, or it left. */
    NONE,
    /** A prompt interview was held and its follow-up day passed without completed rectification: 应启动警示约谈. */
    WARNING_DUE,
    /** A warning interview was held after the last prompt one. */
    WARNING_HELD
}
