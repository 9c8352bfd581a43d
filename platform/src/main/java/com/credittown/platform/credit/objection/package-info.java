/**
 * Objections (异议申诉: subjects may dispute records and repair results; the city's setting, 国办发〔2025〕22号 and
 * NDRC Order No. 36 its reference, their text on it not checked: point {@code repair-objection}, shown through
 * {@code Citations.shown}; docs/citations.md): a merchant in its portal, or an officer on its behalf, objects to a
 * record of the city-wide archive (a published severe-dishonesty list entry too) or to a repair result with its
 * reasons; the record's owner
 * (the tenant that recorded it, 谁认定; for a list entry the city office, which decided the inclusion) examines it
 * within the city's setting of working days, while the record is marked 异议处理中 and, where the city's setting says
 * so, its effect on grading, the decision rules and publication is suspended; the examiner upholds it (the record
 * revoked or corrected, the list entry removed, or the repair granted, through the archive's and the list's owner
 * paths) or rejects it with reasons. Public API:
 * {@link com.credittown.platform.credit.objection.CreditObjections}. docs/processes/objections.md.
 */
package com.credittown.platform.credit.objection;
