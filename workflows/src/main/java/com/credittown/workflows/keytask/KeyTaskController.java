package com.credittown.workflows.keytask;

import com.credittown.platform.identity.CurrentUsers;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key-task ledger over REST: the city office assigns and follows key tasks under {@code /api/city/key-tasks};
 * a tenant reads and updates its own copies under {@code /api/tenants/{tenant}/key-tasks}, whose tenant the request
 * filter takes from the token. Role rules in ApiSecurityConfiguration.
 */
@RestController
class KeyTaskController {

    private final KeyTaskLedger ledger;
    private final com.credittown.platform.time.PlatformClock clock;

    KeyTaskController(KeyTaskLedger ledger, com.credittown.platform.time.PlatformClock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @PostMapping("/api/city/key-tasks")
    ResponseEntity<KeyTaskView> assign(@RequestBody NewKeyTask request) {
        KeyTaskView task = ledger.assign(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/city/key-tasks/" + task.id())).body(task);
    }

    @GetMapping("/api/city/key-tasks")
    List<KeyTaskView> all() {
        return ledger.all();
    }

    @GetMapping("/api/city/key-tasks/{keyTaskId}")
    KeyTaskView one(@PathVariable String keyTaskId) {
        return ledger.one(keyTaskId);
    }

    @GetMapping("/api/city/key-tasks/{keyTaskId}/tenants/{tenant}/history")
    List<KeyTaskView.Revision> history(@PathVariable String keyTaskId, @PathVariable String tenant) {
        return ledger.history(keyTaskId, tenant);
    }

    @GetMapping("/api/city/key-tasks.xlsx")
    ResponseEntity<byte[]> spreadsheet() {
        byte[] workbook = KeyTaskSpreadsheet.of(ledger.all(), LocalDate.now(clock));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(KeyTaskSpreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("key-tasks-" + LocalDate.now(clock) + ".xlsx").build().toString())
                .body(workbook);
    }

    @GetMapping("/api/tenants/{tenant}/key-tasks")
    List<TenantKeyTask> mine() {
        return ledger.ofCurrentTenant();
    }

    @GetMapping("/api/tenants/{tenant}/key-tasks/{keyTaskId}")
    TenantKeyTask mine(@PathVariable String keyTaskId) {
        return ledger.ofCurrentTenant(keyTaskId);
    }

    @GetMapping("/api/tenants/{tenant}/key-tasks/{keyTaskId}/history")
    List<KeyTaskView.Revision> myHistory(@PathVariable String keyTaskId) {
        return ledger.historyOfCurrentTenant(keyTaskId);
    }

    @PutMapping("/api/tenants/{tenant}/key-tasks/{keyTaskId}")
    TenantKeyTask update(@PathVariable String keyTaskId, @RequestBody KeyTaskUpdate update) {
        return ledger.update(keyTaskId, update, CurrentUsers.actor());
    }
}
