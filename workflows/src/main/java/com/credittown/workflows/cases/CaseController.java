package com.credittown.workflows.cases;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.ConcurrentChanges;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.form.FormDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases and tasks of one tenant over REST. The tenant is the caller's (from the token); the {tenant} path
 * segment must name it, which the tenant request filter checks once; nothing here reads it again.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}")
class CaseController {

    private final CaseService cases;
    private final TenantProcesses processes;
    private final ConcurrentChanges changes;

    CaseController(CaseService cases, TenantProcesses processes, ConcurrentChanges changes) {
        this.cases = cases;
        this.processes = processes;
        this.changes = changes;
    }

    @GetMapping("/processes")
    List<PublishedProcess> processes() {
        return processes.published().stream()
                .filter(definition -> cases.isStartable(definition.key()))
                .map(definition -> new PublishedProcess(definition.key(), definition.name(),
                        definition.version()))
                .toList();
    }

    @PostMapping("/cases")
    ResponseEntity<StartedCase> start(@PathVariable String tenant, @Valid @RequestBody StartCaseRequest request) {
        String caseId = cases.start(request.processKey(), CurrentUsers.actor(), request.data());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/cases/" + caseId))
                .body(new StartedCase(caseId));
    }

    @GetMapping("/cases/{caseId}")
    CaseSummary caseById(@PathVariable String caseId) {
        return cases.caseById(caseId);
    }

    @GetMapping("/tasks")
    List<WorkTask> tasks(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return cases.openTasks(page, size);
    }

    @GetMapping("/tasks/{taskId}")
    TaskWithForm task(@PathVariable String taskId) {
        WorkTask task = cases.task(taskId);
        return new TaskWithForm(task, cases.formOf(task));
    }

    @GetMapping("/inbox")
    List<WorkTask> inbox(@RequestParam(defaultValue = "ALL") com.credittown.platform.workflow.InboxQuery.Scope scope,
                         @RequestParam(required = false) String process,
                         @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 100) String text,
                         @RequestParam(defaultValue = "NEWEST") com.credittown.platform.workflow.InboxQuery.Order order,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return cases.inbox(new com.credittown.platform.workflow.InboxQuery(scope, process, text, order),
                page * size, size);
    }

    @PostMapping("/tasks/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        String actor = CurrentUsers.actor();
        changes.retrying("Claiming a task", () -> cases.claim(taskId, actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        String actor = CurrentUsers.actor();
        changes.retrying("Giving a task back", () -> cases.unclaim(taskId, actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody CompleteTaskRequest request) {
        // a deadline timer or a colleague changing the case at the same moment: repeated, not answered 409
        String actor = CurrentUsers.actor();
        changes.retrying("Completing a task", () -> cases.complete(taskId, actor, request.data()));
        return ResponseEntity.noContent().build();
    }

    record PublishedProcess(String key, String name, int version) {
    }

    record StartCaseRequest(@NotBlank String processKey, @NotNull Map<String, Object> data) {
    }

    record StartedCase(String caseId) {
    }

    record CompleteTaskRequest(@NotNull Map<String, Object> data) {
    }

    record TaskWithForm(WorkTask task, FormDefinition form) {
    }
}
