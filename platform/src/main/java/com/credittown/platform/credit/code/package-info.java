/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): the typed id {@link
 * com.credittown.platform.credit.code.Uscc}, its validation with named problems, and a generator of valid codes
 * for tests and benchmarks.
 */
package com.credittown.platform.credit.code;
