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
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision over REST: the city office sends and follows notices under {@code /api/city/supervision}; a tenant
 * reads the notices it received under {@code /api/tenants/{tenant}/supervision} and answers them through its task
 * inbox ({@code /api/tenants/{tenant}/tasks}). Role rules in ApiSecurityConfiguration.
 */
@RestController
class SupervisionController {

    private final SupervisionService supervision;

    SupervisionController(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @PostMapping("/api/city/supervision")
    ResponseEntity<SupervisionView> send(@RequestBody NewSupervision request) {
        SupervisionView sent = supervision.send(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/city/supervision/" + sent.tenant() + "/" + sent.id()))
                .body(sent);
    }

    @GetMapping("/api/city/supervision")
    List<SupervisionView> sent(@RequestParam(name = "tenant", required = false) String tenant) {
        return supervision.sent(tenant);
    }

    @GetMapping("/api/city/supervision/{tenant}/{noticeId}")
    SupervisionView sentTo(@PathVariable String tenant, @PathVariable String noticeId) {
        return supervision.sentTo(tenant, noticeId);
    }

    @GetMapping("/api/tenants/{tenant}/supervision")
    List<SupervisionView> received() {
        return supervision.received();
    }

    @GetMapping("/api/tenants/{tenant}/supervision/{noticeId}")
    SupervisionView received(@PathVariable String noticeId) {
        return supervision.received(noticeId);
    }
}
