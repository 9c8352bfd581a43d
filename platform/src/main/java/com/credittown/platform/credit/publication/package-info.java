/**
 * The 双公示 feed (double publicity): administrative licences (行政许可) and penalties (行政处罚) imported from CSV
 * files, each published in its subject's credit archive and kept as a {@code double_publicity_entry} with its
 * timeliness (published within the configured number of working days of the decision, 7 by default). Public API:
 * {@link com.credittown.platform.credit.publication.DoublePublicityImport} and its views; the REST endpoints under
 * {@code /api/tenants/{tenant}/imports}. The file format is described in {@code docs/double-publicity-import.md}.
 */
package com.credittown.platform.credit.publication;
