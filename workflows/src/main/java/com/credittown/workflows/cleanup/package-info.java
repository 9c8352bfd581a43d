/**
 * The code clean-up report's print-formatted .xlsx export (统一社会信用代码重错码清理, plan (二)): the report itself is
 * {@code platform.credit.cleanup}; the printable sheet format every ledger shares lives here.
 */
package com.credittown.workflows.cleanup;
