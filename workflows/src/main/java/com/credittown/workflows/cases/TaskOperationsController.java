package com.credittown.workflows.cases;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.workflow.ConcurrentChanges;
import com.credittown.platform.workflow.WorkTask;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Task operations over REST (docs/task-operations.md): transfer, delegate, return, copy, withdraw, co-sign. The tenant
 * is the caller's, checked once by the tenant request filter; who may do what is declared on {@link TaskOperations}.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}")
class TaskOperationsController {

    private final TaskOperations operations;
    private final ConcurrentChanges changes;

    TaskOperationsController(TaskOperations operations, ConcurrentChanges changes) {
        this.operations = operations;
        this.changes = changes;
    }

    @PostMapping("/tasks/{taskId}/transfer")
    ResponseEntity<Void> transfer(@PathVariable String taskId, @Valid @RequestBody HandOver request) {
        String actor = CurrentUsers.actor();
        changes.retrying("Transferring a task", () -> operations.transfer(taskId, actor, request.user(),
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/delegate")
    ResponseEntity<Void> delegate(@PathVariable String taskId, @Valid @RequestBody HandOver request) {
        String actor = CurrentUsers.actor();
        changes.retrying("Delegating a task", () -> operations.delegate(taskId, actor, request.user(),
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tasks/{taskId}/return-targets")
    List<TaskOperations.ReturnTarget> returnTargets(@PathVariable String taskId) {
        return operations.returnTargets(taskId);
    }

    @PostMapping("/tasks/{taskId}/return")
    ResponseEntity<Void> returnTo(@PathVariable String taskId, @Valid @RequestBody ReturnRequest request) {
        String actor = CurrentUsers.actor();
        changes.retrying("Returning a task", () -> operations.returnTo(taskId, actor, request.stepKey(),
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/copy")
    ResponseEntity<Void> copy(@PathVariable String taskId, @Valid @RequestBody Users request) {
        String actor = CurrentUsers.actor();
        operations.copy(taskId, actor, request.users(), request.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String taskId, @Valid @RequestBody(required = false) Reason request) {
        String actor = CurrentUsers.actor();
        changes.retrying("Withdrawing a task", () -> operations.withdraw(taskId, actor,
                request == null ? null : request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/cosign")
    ResponseEntity<Void> cosign(@PathVariable String taskId, @Valid @RequestBody Users request) {
        String actor = CurrentUsers.actor();
        changes.retrying("Adding co-signers", () -> operations.addCosigners(taskId, actor, request.users(),
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tasks/{taskId}/cosigners")
    List<WorkTask> cosigners(@PathVariable String taskId) {
        return operations.cosignersOf(taskId);
    }

    @GetMapping("/copies")
    List<CopyView> copiedToMe() {
        return operations.copiedToMe(CurrentUsers.actor()).stream()
                .map(copy -> new CopyView(copy.getId(), copy.getCaseId(), copy.getTaskId(), copy.getProcessKey(),
                        copy.getStepKey(), copy.getStepName(), copy.getSender(), copy.getNote(), copy.getCopiedAt()))
                .toList();
    }

    record HandOver(@NotBlank @Size(max = 100) String user, @Size(max = 500) String reason) {
    }

    record ReturnRequest(@NotBlank @Size(max = 100) String stepKey, @NotBlank @Size(max = 500) String reason) {
    }

    record Users(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> users,
                 @Size(max = 500) String reason) {
    }

    record Reason(@Size(max = 500) String reason) {
    }

    record CopyView(long id, String caseId, String taskId, String processKey, String stepKey, String stepName,
                    String sender, String note, Instant copiedAt) {
    }
}
