package com.credittown.platform.credit.objection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's settings of objections ({@code credittown.credit.objections.*}). The documents the product holds say
 * that subjects may dispute records and repair results, not within how many days an objection is examined nor whether
 * a record takes effect meanwhile: these are the city office's choices, shown to users as its settings.
 *
 * @param examineWorkingDays          the record's owner decides within this many working days on the city's calendar,
 *                                    counted from the day after the objection (default 10)
 * @param suspendEffectWhileExamined  whether a record under objection (异议处理中) stops counting for grading and the
 *                                    decision rules and is withdrawn from publication until decided (default true)
 */
@ConfigurationProperties("credittown.credit.objections")
public record ObjectionSettings(@DefaultValue("10") int examineWorkingDays,
                                @DefaultValue("true") boolean suspendEffectWhileExamined) {

    public ObjectionSettings {
        if (examineWorkingDays < 1) {
            throw new IllegalArgumentException("credittown.credit.objections.examine-working-days must be at least 1,"
                    + " was " + examineWorkingDays);
        }
    }

    /** The basis users read: the national point cited, then the city's settings as such. */
    public String basisZh() {
        return CreditObjections.BASIS_ZH + "；市信用办设置：记录的认定单位自提出次日起" + examineWorkingDays
                + "个工作日内审查并答复" + (suspendEffectWhileExamined
                ? "；市信用办设置：审查期间暂停该记录的公示及其对信用等级和各项决策的影响"
                : "；市信用办设置：审查期间该记录继续有效");
    }
}
