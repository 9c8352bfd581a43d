package com.credittown.workflows.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's settings of the governance ledger ({@code credittown.governance.ledger.*}). The plan (四) names the
 * ledger and the prompt and warning interviews but no order, period or trigger between them: these are the city
 * office's choices, shown to users as its settings.
 *
 * @param promptBeforeWarning   a warning interview only after a prompt interview of the same entry (default true)
 * @param followUpWorkingDays   the follow-up day of an interview when the officer gives none, in working days after
 *                              the interview (default 10)
 * @param escalateAfterFollowUp a warning interview is due when a prompt interview's follow-up day has passed and the
 *                              rectification is not completed (default true)
 */
@ConfigurationProperties("credittown.governance.ledger")
record GovernanceLedgerSettings(@DefaultValue("true") boolean promptBeforeWarning,
                                @DefaultValue("10") int followUpWorkingDays,
                                @DefaultValue("true") boolean escalateAfterFollowUp) {

    GovernanceLedgerSettings {
        if (followUpWorkingDays < 1 || followUpWorkingDays > 60) {
            throw new IllegalArgumentException("credittown.governance.ledger.follow-up-working-days must be between 1"
                    + " and 60, was " + followUpWorkingDays);
        }
    }

    /** The escalation setting as users read it (zh): a setting, naming no document. */
    String escalationZh() {
        return "市信用办设置：" + (promptBeforeWarning ? "先提示约谈、后警示约谈" : "提示约谈与警示约谈不设先后")
                + (escalateAfterFollowUp ? "，提示约谈后至跟进日期仍未完成整改的应启动警示约谈" : "")
                + "，约谈未定跟进日期的以约谈后第" + followUpWorkingDays + "个工作日为跟进日期";
    }

    String escalationEn() {
        return "The city's setting: " + (promptBeforeWarning ? "a prompt interview before a warning interview"
                : "no order between prompt and warning interviews")
                + (escalateAfterFollowUp ? "; a warning interview is due when the rectification is not completed by"
                + " the prompt interview's follow-up day" : "")
                + "; an interview without a follow-up day is followed up on the " + followUpWorkingDays
                + "th working day after it";
    }
}
