package com.credittown.workflows.portal;

import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.workflows.commitment.CommitmentBreached;
import com.credittown.workflows.repair.RepairApplicationRejected;
import com.credittown.workflows.repair.RepairConcluded;
import com.credittown.workflows.star.IntegrityStarAwarded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a credit subject the outcome of its matters: each outcome event of another feature becomes a notification
 * ({@link NotificationKind#CASE_OUTCOME}) addressed to the subject, which every merchant account linked to it reads in
 * the merchant portal and at {@code GET /api/tenants/{t}/notifications}. The listeners run in the publishing step's
 * transaction and tenant (the process delegates publish them), so the notice commits with the outcome, once per
 * outcome (the notification's key is the outcome's id).
 */
@Component
class SubjectOutcomeNotices {

    private final NotificationService notifications;

    SubjectOutcomeNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** 不予受理: the single window's reasons, as the repair process promises the subject. */
    @EventListener
    void repairRejected(RepairApplicationRejected rejected) {
        notify("repair-rejected:" + rejected.applicationId(), rejected.caseId(),
                "信用修复申请不予受理：" + rejected.reasons(), rejected.subjectCode());
    }

    /** 办结: how many of the listed records were repaired (their publicity ended) and how many stay published. */
    @EventListener
    void repairConcluded(RepairConcluded concluded) {
        notify("repair-concluded:" + concluded.applicationId(), concluded.caseId(),
                "信用修复已办结：" + concluded.repairedRecordIds().size() + " 条记录已停止公示，"
                        + concluded.refusedRecordIds().size() + " 条未予修复", concluded.subjectCode());
    }

    /** 违诺: the breach goes into the archive as a dishonesty record on this legal basis. */
    @EventListener
    void commitmentBreached(CommitmentBreached breached) {
        notify("commitment-breached:" + breached.commitmentId(), breached.caseId(),
                "信用承诺认定违诺，已记入失信记录（依据：" + breached.legalBasis() + "）", breached.subjectCode());
    }

    /** 诚信之星: the honour is in the subject's archive. */
    @EventListener
    void starAwarded(IntegrityStarAwarded awarded) {
        notify("star-awarded:" + awarded.nominationId(), awarded.caseId(),
                "获评诚信之星：" + awarded.roundName(), awarded.subjectCode());
    }

    private void notify(String key, String caseId, String title, String subjectCode) {
        notifications.notifySubject(NotificationKind.CASE_OUTCOME,
                new NotificationService.About(key, caseId, title.length() > 300 ? title.substring(0, 299) + "…" : title,
                        null), subjectCode);
    }
}
