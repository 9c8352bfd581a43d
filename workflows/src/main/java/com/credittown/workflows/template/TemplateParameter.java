package com.credittown.workflows.template;

import com.credittown.workflows.form.LocalizedText;

/**
 * One parameter of a city template: a period, a deadline, a number of stars, a reviewing department.
 * Its value is data the city sets (the default) and, within {@code min}/{@code max}, a tenant may adapt;
 * a {@code locked} parameter is the city office's setting and no tenant changes it.
 *
 * @param basis the basis of the limits as users read it (docs/citations.md), e.g. 市信用办设置：…
 */
public record TemplateParameter(String key, ParameterType type, Object defaultValue, Integer min, Integer max,
                                boolean locked, LocalizedText label, String basis) {

    /** What a parameter's value is. */
    public enum ParameterType {
        /** A number of working days on the city calendar. */
        WORKING_DAYS,
        /** A number of calendar days. */
        DAYS,
        INTEGER,
        TEXT,
        /** A list of texts, e.g. reviewing departments. */
        LIST
    }

    /** Checks the default against the limits; returns a description of what is wrong, or null. */
    String problem() {
        if (key == null || key.isBlank() || type == null || defaultValue == null) {
            return "a parameter needs a key, a type and a default";
        }
        if (type == ParameterType.WORKING_DAYS || type == ParameterType.DAYS || type == ParameterType.INTEGER) {
            if (!(defaultValue instanceof Integer value)) {
                return key + ": the default must be a whole number";
            }
            if ((min != null && value < min) || (max != null && value > max)) {
                return key + ": the default " + value + " is outside [" + min + ", " + max + "]";
            }
        }
        return null;
    }
}
