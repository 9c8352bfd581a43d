package com.credittown.workflows.district;

import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.CaseVariables.number;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.credit.rule.Verdict;
import java.util.Locale;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the district-membership process. Each runs in the engine's transaction, so the
 * application row, the shop, the archive entries, the audit entry and the case step commit together or not at all.
 */
@Configuration(proxyBeanMethods = false)
class MembershipDelegates {

    static final String AUDIT_APPLICATION = "district-application";
    /** The plan's section, named as the basis of the commitment record. */
    static final String LEGAL_BASIS = "东府办〔2024〕6号（二十五）";

    @Bean
    TenantScopedDelegate districtApplicationRecording(Districts districts, DistrictShops shops,
                                                      MembershipApplications applications, AuditLog audit,
                                                      PlatformClock clock) {
        return delegate(execution -> {
            String districtId = string(execution, "districtId");
            District district = districts.findById(districtId).orElseThrow(() -> new NotFoundException(
                    "Unknown district", "No district '" + districtId + "' exists for this tenant."));
            if (district.closed()) {
                // closed in the tenant's settings: it keeps its history but admits nobody new
                throw new com.credittown.platform.web.ConflictException("The district " + district.name()
                        + " is closed and admits no new shops");
            }
            MembershipApplication application = applications.save(new MembershipApplication(
                    execution.getProcessInstanceId(), district.id(), string(execution, "shopName"),
                    string(execution, "subjectCode"), clock.instant(), CaseActor.current()));
            execution.setVariable("applicationId", application.id());
            execution.setVariable("districtName", district.name());
            execution.setVariable("districtCommitmentText", district.commitmentText());
            audit.record(CaseActor.current(), "DISTRICT_APPLIED", AUDIT_APPLICATION, application.id(),
                    application.subjectCode() + " (" + application.shopName() + ") to " + district.name());

            List<String> reasons = reapplicationReasons(shops, district, application.subjectCode(),
                    LocalDate.now(clock), number(execution, "reapplyAfterDays"));
            execution.setVariable("admissible", reasons.isEmpty());
            if (!reasons.isEmpty()) {
                application.refuse(String.join("；", reasons), clock.instant());
                execution.setVariable("refusalReasons", application.refusalReasons());
                audit.record(AuditLog.SYSTEM, "DISTRICT_APPLICATION_REFUSED", AUDIT_APPLICATION, application.id(),
                        application.refusalReasons());
            }
        });
    }

    /**
     * Already a member, or removed and not yet rectified (the town confirms the rectification), or rectified less
     * than {@code reapplyAfterDays} days ago (a tenant's setting, 0 by default).
     */
    private static List<String> reapplicationReasons(DistrictShops shops, District district, String subjectCode,
                                                     LocalDate today, int reapplyAfterDays) {
        List<String> reasons = new ArrayList<>();
        for (DistrictShop shop : shops.findByDistrictIdAndSubjectCodeOrderByAdmittedAtDesc(district.id(), subjectCode)) {
            if (shop.status() == ShopStatus.MEMBER) {
                reasons.add("已是" + district.name() + "的入驻商户（" + shop.shopName() + "）");
            } else if (shop.removedOn() != null && shop.rectifiedOn() == null) {
                reasons.add("于" + shop.removedOn() + "因违反诚信承诺被移出" + district.name()
                        + "，整改到位并经镇街确认后方可重新申请");
            } else if (shop.rectifiedOn() != null && today.isBefore(shop.rectifiedOn().plusDays(reapplyAfterDays))) {
                reasons.add("于" + shop.removedOn() + "因违反诚信承诺被移出" + district.name() + "，整改已于"
                        + shop.rectifiedOn() + "确认，" + shop.rectifiedOn().plusDays(reapplyAfterDays) + "起方可重新申请");
            }
        }
        return reasons;
    }

    @Bean
    TenantScopedDelegate districtCommitmentSigned(MembershipApplications applications, AuditLog audit) {
        return delegate(execution -> {
            MembershipApplication application = find(applications, execution);
            application.sign(string(execution, "signatory"), LocalDate.parse(string(execution, "signedOn")),
                    string(execution, "districtCommitmentText"));
            audit.record(CaseActor.current(), "DISTRICT_COMMITMENT_SIGNED", AUDIT_APPLICATION, application.id(),
                    "signed by " + application.signatory() + " on " + application.signedOn());
        });
    }

    @Bean
    TenantScopedDelegate districtCreditCheck(MembershipApplications applications, CreditSubjectRegistry registry,
                                             CreditDecisions decisions, WorkingDayCalendar calendar, AuditLog audit,
                                             PlatformClock clock) {
        return delegate(execution -> {
            MembershipApplication application = find(applications, execution);
            String actor = CaseActor.current();
            SubjectView subject = registry.findOrRegister(new NewSubject(
                    SubjectKind.organisationWithCode(application.subjectCode()), application.subjectCode(),
                    application.shopName(), List.of()), actor);
            // the city's rules over the subject's whole archive, every town's records included
            Verdict verdict = decisions.decide(Decision.DISTRICT_ADMISSION, application.subjectCode(), Arguments.NONE);
            List<String> reasons = verdict.reasons(Locale.SIMPLIFIED_CHINESE);
            Grade grade = subject.grade();
            execution.setVariable("creditPassed", reasons.isEmpty());
            execution.setVariable("creditGrade", grade.name());
            if (!reasons.isEmpty()) {
                application.creditRefused(subject.id(), String.join("；", reasons), clock.instant());
                execution.setVariable("refusalReasons", application.refusalReasons());
                audit.record(AuditLog.SYSTEM, "DISTRICT_CREDIT_REFUSED", AUDIT_APPLICATION, application.id(),
                        application.refusalReasons());
                return;
            }
            Deadline due = Deadline.afterWorkingDays(LocalDate.now(clock), number(execution, "inspectionWorkingDays"),
                    calendar);
            application.inspect(subject.id(), due);
            execution.setVariable("inspectionDueDate", due.date().toString());
            execution.setVariable("inspectionDueAt", Date.from(due.passesAt()));
            execution.setVariable("inspectionDueFlagged", due.flagged());
            audit.record(AuditLog.SYSTEM, "DISTRICT_CREDIT_PASSED", AUDIT_APPLICATION, application.id(),
                    "grade " + grade + "; inspection due " + due.date()
                            + (due.flagged() ? " (calendar year missing)" : ""));
        });
    }

    @Bean
    TenantScopedDelegate districtInspectionOverdue(MembershipApplications applications, AuditLog audit,
                                                   PlatformClock clock) {
        return delegate(execution -> {
            MembershipApplication application = find(applications, execution);
            application.markInspectionOverdue(clock.instant());
            audit.record(AuditLog.SYSTEM, "DISTRICT_INSPECTION_OVERDUE", AUDIT_APPLICATION, application.id(),
                    "inspection was due " + application.inspectionDue());
        });
    }

    @Bean
    TenantScopedDelegate districtInspectionFailed(MembershipApplications applications, AuditLog audit,
                                                  PlatformClock clock) {
        return delegate(execution -> {
            MembershipApplication application = find(applications, execution);
            application.reject(string(execution, "findings"), clock.instant());
            audit.record(CaseActor.current(), "DISTRICT_INSPECTION_FAILED", AUDIT_APPLICATION, application.id(),
                    application.inspectionFindings());
        });
    }

    @Bean
    TenantScopedDelegate districtShopAdmission(MembershipApplications applications, Districts districts,
                                               DistrictShops shops, CreditArchive archive, TenantDirectory tenants,
                                               AuditLog audit, PlatformClock clock, ApplicationEventPublisher events) {
        return delegate(execution -> {
            MembershipApplication application = find(applications, execution);
            District district = districts.findById(application.districtId()).orElseThrow(() ->
                    new IllegalStateException("No district " + application.districtId()));
            DistrictShop shop = shops.save(new DistrictShop(district.id(), application.caseId(),
                    application.shopName(), application.subjectCode(), clock.instant()));
            application.admit(string(execution, "findings"), shop.id(), clock.instant());
            String actor = CaseActor.current();
            String town = tenants.find(execution.getTenantId()).map(Tenant::nameZh).orElse(execution.getTenantId());
            archive.addRecord(application.subjectId(), new RecordDetails(RecordKind.COMMITMENT, null, town + "信用办",
                    LocalDate.now(clock), LEGAL_BASIS, "诚信经营承诺（" + district.name() + "）",
                    application.commitmentText()), actor);
            execution.setVariable("shopId", shop.id());
            execution.setVariable("listingCode", shop.listingCode());
            audit.record(actor, "DISTRICT_SHOP_ADMITTED", AUDIT_APPLICATION, application.id(),
                    "shop " + shop.id() + " in " + district.name());
            events.publishEvent(new ShopAdmitted(execution.getTenantId(), shop.id(), district.id(),
                    application.caseId(), shop.subjectCode(), shop.listingCode()));
        });
    }

    private static MembershipApplication find(MembershipApplications applications, DelegateExecution execution) {
        return applications.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("No district application for case " + execution.getProcessInstanceId()));
    }

}
