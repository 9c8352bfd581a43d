package com.credittown.workflows.template;

import java.util.List;

/**
 * A total of working days the city locks in a city template ({@link TemplateStructure#deadlineLimits()}): the listed
 * parameters' values and the deadlines of the steps inserted at positions naming this limit together may not
 * exceed {@code maxWorkingDays}.
 */
public record DeadlineLimit(String id, int maxWorkingDays, List<String> parameters, String basis) {

    public DeadlineLimit {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
