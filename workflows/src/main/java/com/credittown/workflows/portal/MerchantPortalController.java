package com.credittown.workflows.portal;

import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.form.FormDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The merchant portal over REST: {@code /api/tenants/{tenant}/my/...}, merchants only (ApiSecurityConfiguration).
 * No request names a subject: everything is about the caller's own.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/my")
class MerchantPortalController {

    private final MerchantPortal portal;

    MerchantPortalController(MerchantPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/archive")
    SubjectArchive archive() {
        return portal.archive();
    }

    @GetMapping("/repairable-records")
    List<RecordView> repairableRecords() {
        return portal.repairableRecords();
    }

    @GetMapping("/districts")
    List<DistrictChoice> districts() {
        return portal.districts().stream().map(d -> new DistrictChoice(d.id(), d.name(), d.kind().name(),
                d.address(), d.commitmentText())).toList();
    }

    @PostMapping("/district-applications")
    ResponseEntity<StartedCase> joinDistrict(@PathVariable String tenant, @Valid @RequestBody JoinRequest request) {
        return started(tenant, portal.joinDistrict(request.districtId(), request.shopName()));
    }

    @PostMapping("/commitments")
    ResponseEntity<StartedCase> openCommitment(@PathVariable String tenant,
                                               @Valid @RequestBody CommitmentRequest request) {
        return started(tenant, portal.openCommitment(request.commitmentType(), request.commitmentText()));
    }

    @PostMapping("/repair-applications")
    ResponseEntity<StartedCase> applyForRepair(@PathVariable String tenant, @Valid @RequestBody RepairBody request) {
        return started(tenant, portal.applyForRepair(new RepairRequest(request.recordIds(),
                Boolean.TRUE.equals(request.obligationsFulfilled()), Boolean.TRUE.equals(request.repairCommitmentSigned()),
                request.commitmentReference(), request.statement())));
    }

    @GetMapping("/cases")
    List<CaseSummary> cases() {
        return portal.cases();
    }

    @GetMapping("/cases/{caseId}")
    CaseSummary caseById(@PathVariable String caseId) {
        return portal.caseById(caseId);
    }

    @GetMapping("/tasks")
    List<WorkTask> tasks() {
        return portal.tasks();
    }

    @GetMapping("/tasks/{taskId}")
    TaskWithForm task(@PathVariable String taskId) {
        WorkTask task = portal.task(taskId);
        return new TaskWithForm(task, portal.formOf(task));
    }

    @PostMapping("/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody CompleteRequest request) {
        portal.complete(taskId, request.data());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<StartedCase> started(String tenant, String caseId) {
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/my/cases/" + caseId))
                .body(new StartedCase(caseId));
    }

    record DistrictChoice(String id, String name, String kind, String address, String commitmentText) {
    }

    record JoinRequest(@Size(max = 36) String districtId, @Size(max = 200) String shopName) {
    }

    record CommitmentRequest(@Size(max = 20) String commitmentType, @Size(max = 5000) String commitmentText) {
    }

    record RepairBody(@NotNull @Size(min = 1, max = 20) List<Long> recordIds, Boolean obligationsFulfilled,
                      Boolean repairCommitmentSigned, @Size(max = 100) String commitmentReference,
                      @Size(max = 2000) String statement) {
    }

    record CompleteRequest(@NotNull Map<String, Object> data) {
    }

    record StartedCase(String caseId) {
    }

    record TaskWithForm(WorkTask task, FormDefinition form) {
    }
}
