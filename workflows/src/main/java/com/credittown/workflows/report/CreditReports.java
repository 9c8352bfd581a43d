package com.credittown.workflows.report;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.person.PersonMasks;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.commitment.Commitments;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues credit reports (信用报告) and confirms them. Each report is drawn from the subject's archive (identity,
 * records with their publicity state, grade and its explanation, honours) and its commitments, gets a fresh random
 * verification code, and is stored as code → subject, tenant, issue time and the SM3 hash of the PDF bytes.
 *
 * <p>The report covers the {@code lookback-years} before the issue day. It may stand in for a no-violation
 * certificate when no dishonesty record of the subject was in publicity at any time in that period.
 */
@Service
@EnableConfigurationProperties(CreditReportSettings.class)
public class CreditReports {

    private final CreditArchive archive;
    private final Commitments commitments;
    private final ReportVerifications verifications;
    private final TenantDirectory directory;
    private final CreditReportSettings settings;
    private final Clock clock;

    CreditReports(CreditArchive archive, Commitments commitments, ReportVerifications verifications,
                  TenantDirectory directory, CreditReportSettings settings, Clock clock) {
        this.archive = archive;
        this.commitments = commitments;
        this.verifications = verifications;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues a report on one of the current tenant's subjects. A merchant may have only its own subject's; any other
     * subject, like another tenant's, is "not found".
     *
     * @throws NotFoundException          if the tenant has no such subject the caller may see
     * @throws ReportFontMissingException if the configured CJK font is not installed
     */
    @Transactional
    public IssuedReport issue(long subjectId) {
        CreditReportDocument document = CreditReportDocument.withFont(settings);
        TenantId tenant = TenantContext.require();
        SubjectArchive subjectArchive = archive.archiveOf(subjectId);
        SubjectView subject = readable(subjectArchive.subject());
        Instant now = clock.instant();
        LocalDate lastDay = LocalDate.ofInstant(now, PlatformClock.CITY_ZONE);
        LocalDate firstDay = lastDay.minusYears(settings.lookbackYears()).plusDays(1);
        String tenantName = directory.find(tenant.code()).map(Tenant::nameZh).orElse(tenant.code());
        String code = VerificationCode.next();
        List<RecordView> honours = subjectArchive.records().stream()
                .filter(r -> r.kind() == RecordKind.HONOUR || r.kind() == RecordKind.REWARD).toList();
        List<RecordView> active = subjectArchive.records().stream()
                .filter(r -> activeIn(r, firstDay, lastDay)).toList();
        CreditReportContent content = new CreditReportContent(code, tenantName, now, firstDay, lastDay,
                subjectArchive, honours,
                subject.code() == null ? List.of() : commitments.findBySubjectCodeOrderByNotifiedAtDesc(subject.code()),
                active);
        byte[] pdf = document.render(content);
        String publicName = subject.kind() == SubjectKind.NATURAL_PERSON ? PersonMasks.name(subject.name())
                : subject.name();
        verifications.save(new ReportVerification(code, tenant.code(), tenantName, subject.id(), publicName, now,
                CurrentUsers.actor(), firstDay, lastDay, content.noViolation(), sm3(pdf), pdf.length));
        return new IssuedReport(VerificationCode.display(code), subject.id(), pdf);
    }

    /** The report issued under this code, if any: what the public report check shows. */
    @Transactional(readOnly = true)
    public Optional<ReportCheck> check(String typedCode) {
        return VerificationCode.normalise(typedCode).flatMap(verifications::findById).map(ReportVerification::toCheck);
    }

    /** SM3 (GB/T 32905) of the bytes, as 64 lower-case hex digits. */
    public static String sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    /** A dishonesty record decided by the period's end whose publicity had not ended before the period began. */
    static boolean activeIn(RecordView record, LocalDate firstDay, LocalDate lastDay) {
        if (record.kind() != RecordKind.DISHONESTY || record.decisionDate().isAfter(lastDay)) {
            return false;
        }
        Instant ended = record.publicityEndedAt() != null ? record.publicityEndedAt() : record.archivedAt();
        return ended == null || !ended.isBefore(firstDay.atStartOfDay(PlatformClock.CITY_ZONE).toInstant());
    }

    private static SubjectView readable(SubjectView subject) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (user != null && user.isOnlyMerchant() && (subject.kind() == SubjectKind.NATURAL_PERSON
                || !user.maySeeSubject(subject.code()))) {
            throw new NotFoundException("Unknown credit subject", "No credit subject " + subject.id() + " exists.");
        }
        return subject;
    }

    /** A report as issued: its code (as printed) and the PDF bytes. */
    public record IssuedReport(String code, long subjectId, byte[] pdf) {
    }
}
