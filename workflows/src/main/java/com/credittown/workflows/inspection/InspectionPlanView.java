package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A drawn plan with what it was drawn from and its subjects.
 *
 * @param populationSizes the population's size per grade at the draw
 * @param ratios          the sampling ratio per grade applied, in percent, as it was at the draw
 * @param ratioSources    whose ratio each grade applied: the city's setting or the tenant's override
 * @param drawnSizes      how many subjects were drawn per grade
 * @param seed            the draw's seed: the same seed, population and ratios give the same plan
 * @param ratiosBasis     the ratios as settings, naming whose (zh)
 */
public record InspectionPlanView(long id, String tenant, String title, LocalDate periodFrom, LocalDate periodTo,
                                 String populationRule, Map<Grade, Integer> populationSizes,
                                 Map<Grade, Integer> ratios, Map<Grade, RatioSource> ratioSources,
                                 Map<Grade, Integer> drawnSizes, long seed,
                                 List<String> inspectors, Instant drawnAt, String drawnBy, int recorded,
                                 String ratiosBasis, List<InspectionItemView> items) {
}
