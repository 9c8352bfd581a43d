/**
 * Differentiated supervision by credit grade (信用分级分类监管, plan (十八): 依照风险高低实施差异化精准监管): the city's
 * sampling ratio per grade for 双随机 inspections, a tenant's overrides above it ({@code SamplingRatios}), a tenant's
 * inspection plan drawn per period from its subjects with the ratios in force (seeded and recorded, so the draw can
 * be repeated and audited), inspectors drawn from the tenant's
 * officers, the plan's export, and each inspection's result recorded in the archive as a 监督检查 record. Grades are
 * the city-wide archive's. Public API: {@link com.credittown.workflows.inspection.InspectionPlans},
 * {@link com.credittown.workflows.inspection.SamplingRatios} and their views.
 * docs/processes/differentiated-supervision.md.
 */
package com.credittown.workflows.inspection;
