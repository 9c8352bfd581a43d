/**
 * Credit grading (信用分级, plan section (十八)): a scoring model as data and a pure calculator that turns a
 * subject's records into a grade A–D, a score and an explanation.
 */
package com.credittown.platform.credit.grade;
