/**
 * The credit repair notice (信用修复告知书) served together with an administrative penalty decision (两书同达):
 * the city's setting; 国办发〔2025〕22号 and NDRC Order No. 36 are its reference, their text on it not checked (point
 * {@code repair-notice-with-penalty}, shown through {@code Citations.shown}; docs/citations.md). When a penalty is
 * recorded or imported into the city-wide archive, a notice is written alongside naming the day from which repair may
 * be applied for and how; the merchant reads it in its portal, the recording tenant's officers see that it was served.
 * Public API: {@link com.credittown.platform.credit.repairnotice.RepairNotices}. docs/processes/repair-notice.md.
 */
package com.credittown.platform.credit.repairnotice;
