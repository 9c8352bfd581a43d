package com.credittown.platform.credit.repairnotice;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditRecordChanged;
import com.credittown.platform.credit.CreditRecordObjections;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.law.Citations;
import com.credittown.platform.law.ShownPoint;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit repair notice (信用修复告知书) served with every administrative penalty recorded or imported into the
 * archive (两书同达): written in the same transaction as the penalty record, audited in the recording tenant's trail,
 * read by the subject's merchant in its portal and by the recording tenant's officers and the city office.
 */
@Service
public class RepairNotices {

    /**
     * The national point of the repair notice (law/sources.json, point {@code repair-notice-with-penalty}) as users
     * read it: built from the point, so while no stored text bears it out it reads as the city's setting with the
     * documents as an unchecked reference (docs/citations.md).
     */
    private static final ShownPoint BASIS = Citations.load().shown("repair-notice-with-penalty");
    public static final String BASIS_ZH = BASIS.zh();
    public static final String BASIS_EN = BASIS.en();
    static final String AUDIT_SUBJECT = "credit-repair-notice";

    private final RepairNoticeRows notices;
    private final CreditRecordObjections records;
    private final CreditSubjectRegistry subjects;
    private final AuditLog audit;
    private final PlatformClock clock;

    RepairNotices(RepairNoticeRows notices, CreditRecordObjections records, CreditSubjectRegistry subjects,
                  AuditLog audit, PlatformClock clock) {
        this.notices = notices;
        this.records = records;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    /** How the subject applies, as the notice says it. */
    static String howToApply(String department) {
        return "自可申请修复之日起，可在商户门户「申请信用修复」在线提出信用修复申请，或向作出处罚决定的" + department
                + "提出申请；申请时提交已履行行政处罚决定的证明材料。";
    }

    /** A penalty was published in the archive (recorded, imported or corrected): the notice is served with it. */
    @EventListener
    void onRecordChanged(CreditRecordChanged changed) {
        if (changed.kind() != RecordKind.PENALTY || changed.state() != RecordState.PUBLISHED
                || changed.ownerTenant() == null
                // a record made in this transaction has no notice yet: no look-up per imported penalty
                || !changed.created() && notices.findByRecordId(changed.recordId()).isPresent()) {
            return;
        }
        RecordView record = records.recorded(changed.recordId());
        LocalDate from = record.publicity() == null ? record.decisionDate() : record.publicity().earliestEnd();
        RepairNotice notice = notices.save(new RepairNotice(record.id(), record.subjectId(), changed.ownerTenant(),
                record.department(), record.title(), record.severity(), record.decisionDate(), from,
                clock.instant(), record.recordedBy()));
        audit.recordAtCommit(record.recordedBy(), "REPAIR_NOTICE_SERVED", AUDIT_SUBJECT, notice.id().toString(),
                "repair notice served with penalty record " + record.id() + " (两书同达); repair may be applied for"
                        + " from " + from);
    }

    /** The repair notices served on the merchant's own subject, newest first. */
    @Allowed(Permission.MERCHANT_PORTAL)
    @Transactional(readOnly = true)
    public List<RepairNoticeView> mine() {
        String code = CurrentUsers.current().flatMap(CurrentUser::subjectCode).orElseThrow(() -> new NotFoundException(
                "No subject", "Your account is not linked to a credit subject yet."));
        LocalDate today = LocalDate.now(clock);
        return subjects.lookup(code).map(s -> notices.findBySubjectIdOrderByIdDesc(s.id()).stream()
                .map(n -> n.view(today)).toList()).orElse(List.of());
    }

    /** The notices served with the penalties the caller's tenant recorded, newest first. */
    @Allowed(Permission.ARCHIVE_WRITE)
    @Transactional(readOnly = true)
    public List<RepairNoticeView> served() {
        LocalDate today = LocalDate.now(clock);
        return notices.findByOwnerTenantOrderByIdDesc(TenantContext.require().code()).stream()
                .map(n -> n.view(today)).toList();
    }

    /**
     * The notice served with one penalty record: for the tenant that recorded it and the city office; another
     * tenant's, or a record without a notice, is not found.
     */
    @Allowed(Permission.OBJECTION_EXAMINE)
    @Transactional(readOnly = true)
    public RepairNoticeView ofRecord(long recordId) {
        boolean city = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
        String tenant = TenantContext.current().map(t -> t.code()).orElse(null);
        return notices.findByRecordId(recordId).filter(n -> city || n.view(LocalDate.now(clock)).ownerTenant()
                        .equals(tenant)).map(n -> n.view(LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("No repair notice", "No repair notice served with a record"
                        + " with the id " + recordId + " that you may read."));
    }
}
