package com.credittown.workflows.portal;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.CaseHistory;
import com.credittown.platform.workflow.TenantTasks;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormValidator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant portal (经营主体): everything here acts for the caller's own credit subject, the one its account
 * is linked to ({@code subject_code} in the token), in its own tenant. No request names the subject: a merchant
 * cannot act for another. Ids it sends (records, districts, cases, tasks) that are not its own, or not of its
 * tenant, are answered exactly like ids that do not exist.
 */
@Service
@Allowed(Permission.MERCHANT_PORTAL)
public class MerchantPortal {

    static final int MAX_CASES = 50;
    static final String DISTRICT_PROCESS = "district-membership";
    static final String COMMITMENT_PROCESS = "credit-commitment";
    static final String REPAIR_PROCESS = "credit-repair";
    /** Commitment types a subject opens itself; the approval type (告知承诺) is opened by the agency. */
    static final Set<String> OWN_COMMITMENT_TYPES = Set.of("voluntary", "industry", "repair");

    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;
    private final CreditDecisions decisions;
    private final DistrictService districts;
    private final CaseService cases;
    private final CaseHistory history;
    private final TenantTasks tasks;
    private final FormValidator validator;
    private final PlatformClock clock;

    MerchantPortal(CreditSubjectRegistry subjects, CreditArchive archive, CreditDecisions decisions,
                   DistrictService districts, CaseService cases, CaseHistory history, TenantTasks tasks, FormValidator validator,
                   PlatformClock clock) {
        this.subjects = subjects;
        this.archive = archive;
        this.decisions = decisions;
        this.districts = districts;
        this.cases = cases;
        this.history = history;
        this.tasks = tasks;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * The merchant's own subject.
     *
     * @throws NotFoundException if the account's subject is not registered in this tenant's archive
     */
    @Transactional(readOnly = true)
    public SubjectView subject() {
        String code = merchant().subjectCode().orElseThrow(MerchantPortal::noSubject);
        return subjects.byCode(code).orElseThrow(MerchantPortal::noSubject);
    }

    /** The own credit archive: grade, its explanation, every record with its publicity state. */
    @Transactional(readOnly = true)
    public SubjectArchive archive() {
        return archive.archiveOf(subject().id());
    }

    /**
     * The own records that a repair application here may name today: the city's {@code REPAIR_RECORD} rules (a
     * repairable kind in publicity, recorded by this tenant, minimum publicity period passed).
     */
    @Transactional(readOnly = true)
    public List<RecordView> repairableRecords() {
        Arguments here = Arguments.recordDecision(LocalDate.now(clock), TenantContext.require().code());
        return archive().records().stream()
                .filter(record -> decisions.decideRecord(Decision.REPAIR_RECORD, record, here).isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public List<District> districts() {
        merchant();
        return districts.list();
    }

    /** Applies to join one of the tenant's districts: starts the district-membership process. */
    @Transactional
    public String joinDistrict(String districtId, String shopName) {
        SubjectView own = subject();
        District district = districts.district(districtId);
        Map<String, Object> data = new HashMap<>();
        data.put("districtId", district.id());
        data.put("shopName", shopName == null ? "" : shopName);
        data.put("subjectCode", own.code());
        return cases.start(DISTRICT_PROCESS, actor(), data);
    }

    /** Opens one of the subject's own commitments (voluntary, industry or repair); the subject signs it next. */
    @Transactional
    public String openCommitment(String commitmentType, String commitmentText) {
        SubjectView own = subject();
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", own.code());
        data.put("subjectName", own.name());
        if (commitmentType != null && !commitmentType.isBlank()) {
            if (!OWN_COMMITMENT_TYPES.contains(commitmentType)) {
                throw new com.credittown.platform.web.InvalidInputException(List.of(
                        new com.credittown.platform.web.FieldProblem("commitmentType", "not-allowed",
                                "a subject opens voluntary, industry or repair commitments itself")));
            }
            data.put("commitmentType", commitmentType);
        }
        data.put("commitmentText", commitmentText == null ? "" : commitmentText);
        return cases.start(COMMITMENT_PROCESS, actor(), data);
    }

    /**
     * Applies for credit repair of the chosen own records: starts the credit-repair process.
     *
     * @throws NotFoundException naming the first record that is not one of the subject's repairable records
     */
    @Transactional
    public String applyForRepair(RepairRequest request) {
        SubjectView own = subject();
        Set<Long> repairable = repairableRecords().stream().map(RecordView::id).collect(Collectors.toSet());
        List<Long> chosen = request.recordIds() == null ? List.of() : request.recordIds();
        for (Long id : chosen) {
            if (id == null || !repairable.contains(id)) {
                throw new NotFoundException("Unknown record",
                        "Record " + id + " is not one of your records that can be repaired.");
            }
        }
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", own.code());
        data.put("recordIds", chosen.stream().map(String::valueOf).collect(Collectors.joining(",")));
        data.put("obligationsFulfilled", request.obligationsFulfilled());
        data.put("repairCommitmentSigned", request.repairCommitmentSigned());
        if (request.commitmentReference() != null && !request.commitmentReference().isBlank()) {
            data.put("commitmentReference", request.commitmentReference());
        }
        if (request.statement() != null && !request.statement().isBlank()) {
            data.put("statement", request.statement());
        }
        return cases.start(REPAIR_PROCESS, actor(), data);
    }

    /** The own cases, newest first, each with its steps, deadlines and decisions. */
    @Transactional(readOnly = true)
    public List<CaseSummary> cases() {
        return history.casesAbout(subject().code(), MAX_CASES);
    }

    /** One own case; another subject's or tenant's case is "not found". */
    @Transactional(readOnly = true)
    public CaseSummary caseById(String caseId) {
        String own = subject().code();
        CaseSummary found = history.findCase(caseId == null ? "" : caseId)
                .filter(summary -> own.equals(summary.data().get("subjectCode")))
                .orElseThrow(() -> new NotFoundException("Case not found", "No case '" + caseId + "' exists for you."));
        return found;
    }

    /** The open steps the subject performs itself (signing), in its own open cases. */
    @Transactional(readOnly = true)
    public List<WorkTask> tasks() {
        return cases().stream().filter(CaseSummary::open)
                .flatMap(summary -> tasks.allOpenTasksOfCase(summary.id()).stream())
                .filter(SubjectSteps::isSubjectStep)
                .toList();
    }

    @Transactional(readOnly = true)
    public WorkTask task(String taskId) {
        return tasks().stream().filter(task -> task.id().equals(taskId)).findFirst()
                .orElseThrow(() -> TenantTasks.taskNotFound(taskId));
    }

    @Transactional(readOnly = true)
    public FormDefinition formOf(WorkTask task) {
        return cases.formOf(task);
    }

    /** Completes one of the subject's own steps with its form data; invalid data completes nothing. */
    @Transactional
    public void complete(String taskId, Map<String, ?> data) {
        WorkTask task = task(taskId);
        Map<String, Object> clean = validator.validate(cases.formOf(task), data == null ? Map.of() : data, task.caseId());
        tasks.completeAsCaseParty(task.caseId(), task.id(), actor(), clean);
    }

    /** The merchant calling (who may call at all is the class's {@link Allowed} permission). */
    private static CurrentUser merchant() {
        return CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    private static String actor() {
        return merchant().username();
    }

    private static NotFoundException noSubject() {
        return new NotFoundException("No credit subject",
                "Your account is not linked to a credit subject registered in this town's archive.");
    }
}
