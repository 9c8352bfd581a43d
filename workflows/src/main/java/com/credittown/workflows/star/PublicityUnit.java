package com.credittown.workflows.star;

/** How the publicity period is counted. */
enum PublicityUnit {
    WORKING_DAYS, CALENDAR_DAYS;

    /** The parameter's value; working days when a case has none (started before the parameter existed). */
    static PublicityUnit of(Object value) {
        if (value == null || value.toString().isBlank()) {
            return WORKING_DAYS;
        }
        try {
            return valueOf(value.toString().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publicityUnit must be WORKING_DAYS or CALENDAR_DAYS, not '"
                    + value + "'", e);
        }
    }
}
