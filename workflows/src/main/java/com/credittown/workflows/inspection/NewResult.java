package com.credittown.workflows.inspection;

import java.time.LocalDate;

/**
 * An inspection's result to record in the archive.
 *
 * @param department the inspecting department (检查实施部门)
 * @param legalBasis the inspection's basis, optional (default: the plan's section (十八), cited bare)
 */
public record NewResult(InspectionResult result, LocalDate inspectedOn, String department, String summary,
                        String legalBasis) {
}
