package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;

/**
 * A grade's sampling ratio for the tenant, in percent of the grade's subjects.
 *
 * @param cityRatio   the city's setting ({@code credittown.inspection.sampling.*})
 * @param tenantRatio the tenant's override, {@code null} without one
 * @param ratio       what the next draw applies
 * @param source      whose ratio that is
 */
public record EffectiveRatio(Grade grade, int cityRatio, Integer tenantRatio, int ratio, RatioSource source) {
}
