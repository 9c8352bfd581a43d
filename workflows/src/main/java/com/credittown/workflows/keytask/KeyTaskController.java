package com.credittown.workflows.keytask;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantNames;
import com.credittown.platform.web.RequestLanguage;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key-task ledger over REST: the city office assigns and follows key tasks under {@code /api/city/key-tasks};
 * a tenant reads and updates its own copies under {@code /api/tenants/{tenant}/key-tasks}, whose tenant the request
 * filter takes from the token. Role rules in ApiSecurityConfiguration.
 */
@RestController
@Tag(name = "Key-task ledger (重点任务工作台账)", description = "The city office assigns key tasks to tenants; each tenant updates only its own copy, every change versioned and audited. OVERDUE is computed from the deadline.")
class KeyTaskController {

    private final KeyTaskLedger ledger;
    private final com.credittown.platform.time.PlatformClock clock;
    private final TenantNames tenantNames;

    KeyTaskController(KeyTaskLedger ledger, com.credittown.platform.time.PlatformClock clock, TenantNames tenantNames) {
        this.tenantNames = tenantNames;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "City office: assign a key task to one or more tenants (400 naming each bad field, nothing assigned)")
    @PostMapping("/api/city/key-tasks")
    ResponseEntity<KeyTaskView> assign(@RequestBody NewKeyTask request) {
        KeyTaskView task = ledger.assign(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/city/key-tasks/" + task.id())).body(task);
    }

    @Operation(summary = "City office: every key task with each assigned tenant's copy and status")
    @GetMapping("/api/city/key-tasks")
    List<KeyTaskView> all() {
        return ledger.all();
    }

    @Operation(summary = "City office: one key task with each tenant's progress")
    @GetMapping("/api/city/key-tasks/{keyTaskId}")
    KeyTaskView one(@PathVariable String keyTaskId) {
        return ledger.one(keyTaskId);
    }

    @Operation(summary = "City office: every revision of one tenant's copy (who, when, what changed)")
    @GetMapping("/api/city/key-tasks/{keyTaskId}/tenants/{tenant}/history")
    List<KeyTaskView.Revision> history(@PathVariable String keyTaskId, @PathVariable String tenant) {
        return ledger.history(keyTaskId, tenant);
    }

    @Operation(summary = "City office: the key-task ledger as a print-formatted .xlsx, one row per task and tenant")
    @GetMapping("/api/city/key-tasks.xlsx")
    ResponseEntity<byte[]> spreadsheet(@RequestParam(name = "lang", required = false) String lang,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                       String acceptLanguage) {
        Locale locale = RequestLanguage.of(lang, acceptLanguage);
        byte[] workbook = KeyTaskSpreadsheet.of(ledger.all(), LocalDate.now(clock), locale, tenantNames.all(locale));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(KeyTaskSpreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("key-tasks-" + LocalDate.now(clock) + ".xlsx").build().toString())
                .body(workbook);
    }

    @Operation(summary = "Tenant: its own copies of key tasks")
    @GetMapping("/api/tenants/{tenant}/key-tasks")
    List<TenantKeyTask> mine() {
        return ledger.ofCurrentTenant();
    }

    @Operation(summary = "Tenant: its own copy of one key task (404 if not assigned to it)")
    @GetMapping("/api/tenants/{tenant}/key-tasks/{keyTaskId}")
    TenantKeyTask mine(@PathVariable String keyTaskId) {
        return ledger.ofCurrentTenant(keyTaskId);
    }

    @Operation(summary = "Tenant: every revision of its own copy")
    @GetMapping("/api/tenants/{tenant}/key-tasks/{keyTaskId}/history")
    List<KeyTaskView.Revision> myHistory(@PathVariable String keyTaskId) {
        return ledger.historyOfCurrentTenant(keyTaskId);
    }

    @Operation(summary = "Tenant: update its own copy (owner, NOT_STARTED/IN_PROGRESS/DONE, progress note, completion date); 409 on a stale version")
    @PutMapping("/api/tenants/{tenant}/key-tasks/{keyTaskId}")
    TenantKeyTask update(@PathVariable String keyTaskId, @RequestBody KeyTaskUpdate update) {
        return ledger.update(keyTaskId, update, CurrentUsers.actor());
    }
}
