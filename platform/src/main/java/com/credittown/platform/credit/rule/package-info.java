/**
 * The city's decision rules as data ({@code credit/decision-rules.json}): which facts of a subject's whole credit
 * archive refuse it a decision (star nomination, district admission, the commitment route, the credit report's
 * certificate statement), each rule with its message and its basis. Pure: no state, no I/O but reading the rules.
 */
package com.credittown.platform.credit.rule;
