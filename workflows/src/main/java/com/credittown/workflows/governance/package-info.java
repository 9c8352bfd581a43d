/**
 * The governance ledger of severe dishonest market entities (严重违法失信市场主体管理台账, plan (四)): each tenant's
 * ledger of the market entities its severe records (or its severe-dishonesty list entries) make severely dishonest,
 * read from the city-wide archive; prompt and warning interviews (提示约谈、警示约谈) with their follow-up; the
 * rectification follow-up; the city office reads every tenant's ledger. The escalation from a prompt to a warning
 * interview is the city's setting. Public API: {@link com.credittown.workflows.governance.GovernanceLedger} and its
 * views. docs/processes/governance-ledger.md.
 */
package com.credittown.workflows.governance;
