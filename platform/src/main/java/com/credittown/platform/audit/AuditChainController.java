package com.credittown.platform.audit;

import com.credittown.platform.tenancy.TenantContext;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification of the audit chains over REST: the city office verifies every chain
 * ({@code GET /api/city/audit/chains}), a tenant's administrator (or the city office) the tenant's own
 * ({@code GET /api/tenants/{tenant}/audit/chain}). {@code scripts/verify-audit.sh} calls the first.
 */
@RestController
class AuditChainController {

    private final AuditTrail trail;

    AuditChainController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/city/audit/chains")
    List<ChainReport> everyChain() {
        return trail.everyChain().stream().map(ChainReport::of).toList();
    }

    @GetMapping("/api/tenants/{tenant}/audit/chain")
    ChainReport tenantChain() {
        // the request filter has bound the caller's own tenant (or, for the city office, the one in the path)
        return ChainReport.of(trail.chainStatus(TenantContext.require().code()));
    }
}
