package com.credittown.workflows.report;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.credit.rule.Verdict;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.person.PersonMasks;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.PublicLinks;
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
 * <p>The report covers the {@code lookback-years} before the issue day. Whether it may stand in for a no-violation
 * certificate is the city's rule {@code REPORT_CERTIFICATE} over the subject's whole archive ({@link CreditDecisions}):
 * every tenant's records count, also those the caller may not read.
 */
@Service
@Allowed(Permission.CREDIT_REPORT)
@EnableConfigurationProperties(CreditReportSettings.class)
public class CreditReports {

    private final CreditArchive archive;
    private final CreditDecisions decisions;
    private final Commitments commitments;
    private final ReportVerifications verifications;
    private final TenantDirectory directory;
    private final CreditReportSettings settings;
    private final PublicLinks links;
    private final Clock clock;

    CreditReports(CreditArchive archive, CreditDecisions decisions, Commitments commitments,
                  ReportVerifications verifications, TenantDirectory directory, CreditReportSettings settings,
                  PublicLinks links, Clock clock) {
        this.links = links;
        this.archive = archive;
        this.decisions = decisions;
        this.commitments = commitments;
        this.verifications = verifications;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues a report on a subject of the city's archive the caller may see (a merchant: only its own subject);
     * any other is "not found".
     *
     * @throws NotFoundException          if there is no such subject the caller may see
     * @throws ReportFontMissingException if the configured CJK font is not installed
     */
    @Transactional
    public IssuedReport issue(long subjectId) {
        TenantId tenant = TenantContext.require();
        // who may see the subject first: a caller refused is answered "not found", whatever the installation lacks
        SubjectArchive subjectArchive = archive.archiveOf(subjectId);
        CreditReportDocument document = CreditReportDocument.withFont(settings);
        SubjectView subject = subjectArchive.subject();
        Instant now = clock.instant();
        LocalDate lastDay = LocalDate.ofInstant(now, PlatformClock.CITY_ZONE);
        LocalDate firstDay = lastDay.minusYears(settings.lookbackYears()).plusDays(1);
        String tenantName = directory.find(tenant.code()).map(Tenant::nameZh).orElse(tenant.code());
        String code = VerificationCode.next();
        List<RecordView> honours = subjectArchive.records().stream()
                .filter(r -> r.kind() == RecordKind.HONOUR || r.kind() == RecordKind.REWARD).toList();
        Verdict certificate = subject.kind() == SubjectKind.NATURAL_PERSON
                ? decisions.decideForSubject(Decision.REPORT_CERTIFICATE, subject.id(), Arguments.period(firstDay, lastDay))
                : decisions.decide(Decision.REPORT_CERTIFICATE, subject.code(), Arguments.period(firstDay, lastDay));
        CreditReportContent content = new CreditReportContent(code, tenantName, now, firstDay, lastDay,
                subjectArchive, honours,
                subject.code() == null ? List.of() : commitments.findBySubjectCodeOrderByNotifiedAtDesc(subject.code()),
                certificate, checkUrl(code));
        byte[] pdf = document.render(content);
        String publicName = subject.kind() == SubjectKind.NATURAL_PERSON ? PersonMasks.name(subject.name())
                : subject.name();
        verifications.save(new ReportVerification(code, tenant.code(), tenantName, subject.id(), publicName, now,
                CurrentUsers.actor(), firstDay, lastDay, content.noViolation(), sm3(pdf), pdf.length));
        return new IssuedReport(VerificationCode.display(code), subject.id(), pdf);
    }

    /** The report issued under this code, if any: what the public report check shows. */
    @Allowed(Permission.PUBLIC)
    @Transactional(readOnly = true)
    public Optional<ReportCheck> check(String typedCode) {
        return VerificationCode.normalise(typedCode).flatMap(verifications::findById).map(ReportVerification::toCheck);
    }

    /**
     * The public check page of a report, with its code filled in: what the report's QR code carries. The code goes
     * without dashes (the page reads it either way), so the URL stays short and the QR code small.
     */
    public String checkUrl(String code) {
        return links.of("/public/report-check?code=" + VerificationCode.normalise(code).orElseThrow());
    }

    /** SM3 (GB/T 32905) of the bytes, as 64 lower-case hex digits. */
    public static String sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    /** A report as issued: its code (as printed) and the PDF bytes. */
    public record IssuedReport(String code, long subjectId, byte[] pdf) {
    }
}
