package com.credittown.workflows.notices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One publicity notice (公示) as anyone may read it: what is published, about whom (a natural person's name
 * masked, no code), and for stars whether objections are accepted now.
 *
 * @param caseId      the case, which an objection names
 * @param subjectCode the unified social credit code; {@code null} for a natural person
 * @param detail      what is published: the star's reasons, the commitment's text, the repaired records
 * @param firstDay    the first day of the publicity (stars) or the day of publication / decision
 * @param lastDay     the last day of a star's publicity period; otherwise {@code null}
 * @param rectifyBy   a commitment under an order to rectify within a deadline (责令限期整改): the last day of the
 *                    deadline, shown as 整改中; otherwise {@code null}
 */
public record PublicNotice(Kind kind, String caseId, String subjectName, String subjectCode, String detail,
                           LocalDate firstDay, LocalDate lastDay, Instant closesAt, boolean acceptsObjections,
                           LocalDate rectifyBy) {

    public enum Kind {
        /** 诚信之星公示 */
        STAR,
        /** 信用承诺公示 */
        COMMITMENT,
        /** 信用修复结果公示 */
        REPAIR
    }
}
