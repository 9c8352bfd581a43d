package com.credittown.workflows.supervision;

import com.credittown.platform.identity.CurrentUsers;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision over REST: the city office sends and follows notices under {@code /api/city/supervision}; a tenant
 * reads the notices it received under {@code /api/tenants/{tenant}/supervision} and answers them through its task
 * inbox ({@code /api/tenants/{tenant}/tasks}). Role rules in ApiSecurityConfiguration.
 */
@RestController
@Tag(name = "Supervision (通知、督办、约谈提醒)", description = "The city office sends a notice, supervision request or interview reminder with a working-day deadline; it arrives as a task in the tenant's inbox (process city-supervision), answered with a handling report.")
class SupervisionController {

    private final SupervisionService supervision;

    SupervisionController(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Operation(summary = "City office: send a notice to a tenant; it becomes a task for the tenant's officers")
    @PostMapping("/api/city/supervision")
    ResponseEntity<SupervisionView> send(@RequestBody NewSupervision request) {
        SupervisionView sent = supervision.send(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/city/supervision/" + sent.tenant() + "/" + sent.id()))
                .body(sent);
    }

    @Operation(summary = "City office: every notice (optionally one tenant's) with status SENT / OPEN_OVERDUE / HANDLED_ON_TIME / HANDLED_LATE and the report")
    @GetMapping("/api/city/supervision")
    List<SupervisionView> sent(@RequestParam(name = "tenant", required = false) String tenant) {
        return supervision.sent(tenant);
    }

    @Operation(summary = "City office: one notice of a tenant")
    @GetMapping("/api/city/supervision/{tenant}/{noticeId}")
    SupervisionView sentTo(@PathVariable String tenant, @PathVariable String noticeId) {
        return supervision.sentTo(tenant, noticeId);
    }

    @Operation(summary = "Tenant: the notices it received from the city office")
    @GetMapping("/api/tenants/{tenant}/supervision")
    List<SupervisionView> received() {
        return supervision.received();
    }

    @Operation(summary = "Tenant: one notice it received (404 for another tenant's)")
    @GetMapping("/api/tenants/{tenant}/supervision/{noticeId}")
    SupervisionView received(@PathVariable String noticeId) {
        return supervision.received(noticeId);
    }
}
