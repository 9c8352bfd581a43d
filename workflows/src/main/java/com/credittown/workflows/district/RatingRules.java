package com.credittown.workflows.district;

import java.time.LocalDate;
import java.util.Map;

/**
 * How shops and districts are rated, from the template parameters of {@code district-membership}.
 *
 * @param periodDays                 the rating period: the last N calendar days, today included
 * @param redSubstantiatedComplaints substantiated complaints in the period that make a shop red
 * @param yellowSubstantiatedComplaints substantiated complaints in the period that make a shop at least yellow
 * @param redFailedInspections       failed inspections in the period that make a shop red
 * @param districtGreenPercent       share of green member shops (percent) a green district needs
 * @param districtYellowPercent      share of green member shops (percent) a yellow district needs; below it, red
 */
record RatingRules(int periodDays, int redSubstantiatedComplaints, int yellowSubstantiatedComplaints,
                   int redFailedInspections, int districtGreenPercent, int districtYellowPercent) {

    static RatingRules from(Map<String, Object> parameters) {
        return new RatingRules(number(parameters, "ratingPeriodDays"),
                number(parameters, "redSubstantiatedComplaints"), number(parameters, "yellowSubstantiatedComplaints"),
                number(parameters, "redFailedInspections"), number(parameters, "districtGreenSharePercent"),
                number(parameters, "districtYellowSharePercent"));
    }

    /** The first day of the period that ends today. */
    LocalDate periodStart(LocalDate today) {
        return today.minusDays(periodDays - 1L);
    }

    Rating shop(long substantiatedComplaints, long failedInspections) {
        if (substantiatedComplaints >= redSubstantiatedComplaints || failedInspections >= redFailedInspections) {
            return Rating.RED;
        }
        return substantiatedComplaints >= yellowSubstantiatedComplaints ? Rating.YELLOW : Rating.GREEN;
    }

    /** A district with no member shop is not rated (null). */
    Rating district(int members, int greenMembers) {
        if (members == 0) {
            return null;
        }
        int percent = greenSharePercent(members, greenMembers);
        if (percent >= districtGreenPercent) {
            return Rating.GREEN;
        }
        return percent >= districtYellowPercent ? Rating.YELLOW : Rating.RED;
    }

    static int greenSharePercent(int members, int greenMembers) {
        return members == 0 ? 0 : (int) Math.floor(greenMembers * 100.0 / members);
    }

    private static int number(Map<String, Object> parameters, String key) {
        Object value = parameters.get(key);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Template parameter '" + key + "' of district-membership is missing");
        }
        return n.intValue();
    }
}
