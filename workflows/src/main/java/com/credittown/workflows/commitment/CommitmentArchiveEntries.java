package com.credittown.workflows.commitment;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a commitment puts in the subject's credit archive: the commitment itself once published, and a
 * dishonesty record with its legal basis when it is breached.
 */
@Component
class CommitmentArchiveEntries {

    /** A record's summary holds at most this many characters ({@code RecordDetails}). */
    private static final int SUMMARY_LIMIT = 2000;

    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;
    private final TenantDirectory tenants;

    CommitmentArchiveEntries(CreditSubjectRegistry subjects, CreditArchive archive, TenantDirectory tenants) {
        this.subjects = subjects;
        this.archive = archive;
        this.tenants = tenants;
    }

    void published(Commitment commitment, String actor) {
        archive.addRecord(subjectId(commitment, actor), new RecordDetails(RecordKind.COMMITMENT, null, department(),
                commitment.signedOn(), null, "信用承诺（" + typeName(commitment.type()) + "）", commitment.text()),
                actor);
    }

    long breached(Commitment commitment, Severity severity, LocalDate decided, String actor) {
        return archive.addRecord(subjectId(commitment, actor), new RecordDetails(RecordKind.DISHONESTY, severity,
                department(), decided, commitment.legalBasis(), "违反信用承诺（" + typeName(commitment.type()) + "）",
                details(commitment)), actor).id();
    }

    /** The findings, and for a breach after an order to rectify, why the order did not end the case. */
    private static String details(Commitment commitment) {
        String details = withReason(commitment);
        return details.length() <= SUMMARY_LIMIT ? details : details.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    private static String withReason(Commitment commitment) {
        if (commitment.breachReason() == BreachReason.NOT_RECTIFIED_IN_TIME) {
            return commitment.findings() + "；经责令限期整改，逾期未整改（整改期限至" + commitment.rectificationDue() + "）";
        }
        if (commitment.breachReason() == BreachReason.RECTIFICATION_REJECTED) {
            return commitment.findings() + "；经责令限期整改，整改未通过：" + commitment.rectificationOpinion();
        }
        return commitment.findings();
    }

    private long subjectId(Commitment commitment, String actor) {
        // one look-up of the code, whether the subject is in the archive already or registered now
        return subjects.findOrRegister(new NewSubject(SubjectKind.organisationWithCode(commitment.subjectCode()),
                commitment.subjectCode(), commitment.subjectName(), List.of()), actor).id();
    }

    private String department() {
        return tenants.find(TenantContext.require().code()).map(t -> t.nameZh() + "信用办").orElse("信用办");
    }

    private static String typeName(CommitmentType type) {
        return switch (type) {
            case APPROVAL -> "告知承诺";
            case VOLUNTARY -> "主动公示型";
            case INDUSTRY -> "行业自律型";
            case REPAIR -> "信用修复型";
        };
    }
}
