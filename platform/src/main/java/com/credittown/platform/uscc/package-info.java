/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): the typed id {@link
 * com.credittown.platform.uscc.Uscc}, its validation with named problems, and a generator of valid codes
 * for tests and benchmarks. A value package below the features that name subjects by their code (credit, identity,
 * merchant accounts): it depends on none of them (issue #17).
 */
package com.credittown.platform.uscc;
