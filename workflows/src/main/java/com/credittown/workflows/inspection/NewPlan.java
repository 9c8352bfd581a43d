package com.credittown.workflows.inspection;

import com.credittown.platform.credit.SubjectKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer asks to draw.
 *
 * @param kinds      the kinds of the tenant's subjects to draw from (default: market entities)
 * @param tag        only subjects carrying this tag (e.g. an industry), optional
 * @param seed       the draw's seed, optional: without one the platform picks one and records it
 * @param inspectors the inspectors to assign, each a member of the tenant; optional: without them the tenant's
 *                   officers as Keycloak knows them
 */
public record NewPlan(String title, LocalDate periodFrom, LocalDate periodTo, List<SubjectKind> kinds, String tag,
                      Long seed, List<String> inspectors) {
}
