package com.credittown.workflows.governance;

import com.credittown.platform.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance ledger over REST: a tenant's ledger under {@code /api/tenants/{tenant}/governance-ledger} (its tenant
 * comes from the token), the city office's read-only view under {@code /api/city/governance-ledger}. Who may call
 * what is the service's {@code @Allowed}; bad input is answered with problem+json naming the fields.
 */
@RestController
@Tag(name = "Governance ledger (严重违法失信市场主体管理台账)", description = "A tenant's ledger of the market entities its severe records make severely dishonest, with prompt and warning interviews and the rectification follow-up; the city office reads every tenant's.")
class GovernanceLedgerController {

    private final GovernanceLedger ledger;

    GovernanceLedgerController(GovernanceLedger ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "Tenant: its ledger as it stands")
    @GetMapping("/api/tenants/{tenant}/governance-ledger")
    List<LedgerEntryView> ledger() {
        return ledger.ledger();
    }

    @Operation(summary = "Tenant: bring its ledger up to date from the city-wide archive (entities enter and leave)")
    @PostMapping("/api/tenants/{tenant}/governance-ledger/refresh")
    List<LedgerEntryView> refresh() {
        return ledger.refresh(CurrentUsers.actor());
    }

    @Operation(summary = "Tenant: one entry with its interviews and follow-ups (another tenant's: 404)")
    @GetMapping("/api/tenants/{tenant}/governance-ledger/{id}")
    LedgerEntryView entry(@PathVariable long id) {
        return ledger.entry(id);
    }

    @Operation(summary = "Tenant: record a prompt or warning interview (409 for a warning before any prompt while the city's setting asks it)")
    @PostMapping("/api/tenants/{tenant}/governance-ledger/{id}/interviews")
    LedgerEntryView interview(@PathVariable long id, @RequestBody NewInterview interview) {
        return ledger.recordInterview(id, interview, CurrentUsers.actor());
    }

    @Operation(summary = "Tenant: record a follow-up of the rectification")
    @PostMapping("/api/tenants/{tenant}/governance-ledger/{id}/follow-ups")
    LedgerEntryView followUp(@PathVariable long id, @RequestBody NewFollowUp followUp) {
        return ledger.recordFollowUp(id, followUp, CurrentUsers.actor());
    }

    @Operation(summary = "The plan's words on the ledger and the city's escalation setting")
    @GetMapping("/api/tenants/{tenant}/governance-ledger/bases")
    List<Basis> bases() {
        return ledger.bases();
    }

    @Operation(summary = "City office: every tenant's ledger in figures")
    @GetMapping("/api/city/governance-ledger")
    List<TenantLedgerSummary> overview() {
        return ledger.cityOverview();
    }

    @Operation(summary = "City office: every tenant's entries, or one tenant's (read only)")
    @GetMapping("/api/city/governance-ledger/entries")
    List<LedgerEntryView> entries(@RequestParam(required = false) String tenant) {
        return ledger.cityEntries(tenant);
    }
}
