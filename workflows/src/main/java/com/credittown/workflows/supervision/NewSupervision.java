package com.credittown.workflows.supervision;

/**
 * What the city office sends: to which tenant, what kind, the subject, the text and the deadline in working days
 * on the city calendar (counted from the day it is sent, which does not count).
 *
 * @param kind NOTICE (通知), SUPERVISION (督办) or INTERVIEW_REMINDER (约谈提醒)
 */
public record NewSupervision(String tenant, String kind, String title, String text, Integer workingDays) {
}
