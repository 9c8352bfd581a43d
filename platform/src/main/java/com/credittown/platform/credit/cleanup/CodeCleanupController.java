package com.credittown.platform.credit.cleanup;

import com.credittown.platform.identity.CurrentUsers;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code clean-up report over REST: a tenant's items under {@code /api/tenants/{tenant}/code-cleanup} (its tenant
 * from the path, resolved by the tenant filter), the city office's under {@code /api/city/code-cleanup}. Who may call
 * what is the service's {@code @Allowed}; bad input is answered with problem+json. The .xlsx export is in workflows
 * (the printable sheet lives there).
 */
@RestController
class CodeCleanupController {

    private final CodeCleanup cleanup;

    CodeCleanupController(CodeCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @GetMapping("/api/tenants/{tenant}/code-cleanup")
    List<CleanupItemView> items(@RequestParam(required = false) CleanupKind kind,
                                @RequestParam(required = false) CleanupStatus status) {
        return cleanup.items(kind, status);
    }

    @GetMapping("/api/tenants/{tenant}/code-cleanup/basis")
    Map<String, String> basis() {
        return cleanup.basis();
    }

    @GetMapping("/api/tenants/{tenant}/code-cleanup/{id}")
    CleanupItemView item(@PathVariable long id) {
        return cleanup.item(id);
    }

    @PostMapping("/api/tenants/{tenant}/code-cleanup/{id}/work")
    CleanupItemView work(@PathVariable long id, @RequestBody CodeCleanup.Work work) {
        return cleanup.work(id, work, CurrentUsers.actor());
    }

    @PostMapping("/api/tenants/{tenant}/code-cleanup/detect")
    CodeCleanup.DetectionRun detect() {
        return cleanup.detect(CurrentUsers.actor());
    }

    @GetMapping("/api/city/code-cleanup")
    List<CleanupItemView> cityItems(@RequestParam(required = false) String tenant,
                                    @RequestParam(required = false) CleanupKind kind,
                                    @RequestParam(required = false) CleanupStatus status) {
        return cleanup.cityItems(tenant, kind, status);
    }

    @GetMapping("/api/city/code-cleanup/figures")
    List<CleanupFigure> cityFigures() {
        return cleanup.cityFigures();
    }

    @GetMapping("/api/city/code-cleanup/{id}")
    CleanupItemView cityItem(@PathVariable long id) {
        return cleanup.cityItem(id);
    }

    @PostMapping("/api/city/code-cleanup/{id}/work")
    CleanupItemView cityWork(@PathVariable long id, @RequestBody CodeCleanup.Work work) {
        return cleanup.cityWork(id, work, CurrentUsers.actor());
    }

    @PostMapping("/api/city/code-cleanup/detect")
    CodeCleanup.DetectionRun cityDetect() {
        return cleanup.cityDetect(CurrentUsers.actor());
    }
}
