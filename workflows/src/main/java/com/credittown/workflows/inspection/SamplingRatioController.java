package com.credittown.workflows.inspection;

import com.credittown.platform.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's sampling ratios per credit grade under {@code /api/tenants/{tenant}/sampling-ratios} (its tenant comes
 * from the token): the city's ratio, the tenant's override and which applies; set or remove an override.
 */
@RestController
@Tag(name = "Sampling ratios (双随机抽查比例)", description = "The city's sampling ratio per credit grade and the tenant's overrides: a town may inspect more than the city's ratio, never less (a setting).")
class SamplingRatioController {

    private final SamplingRatios ratios;

    SamplingRatioController(SamplingRatios ratios) {
        this.ratios = ratios;
    }

    @Operation(summary = "Tenant: the ratio per grade (A–D) with the city's, the tenant's override and its source")
    @GetMapping("/api/tenants/{tenant}/sampling-ratios")
    List<EffectiveRatio> effective() {
        return ratios.effective();
    }

    @Operation(summary = "Tenant: set its ratio for a grade (422 below the city's ratio; 400 outside 0–100)")
    @PutMapping("/api/tenants/{tenant}/sampling-ratios/{grade}")
    EffectiveRatio override(@PathVariable String grade, @RequestBody RatioRequest request) {
        return ratios.override(grade, request == null ? null : request.whole(), CurrentUsers.actor());
    }

    @Operation(summary = "Tenant: remove its ratio for a grade; the city's applies again")
    @DeleteMapping("/api/tenants/{tenant}/sampling-ratios/{grade}")
    EffectiveRatio clear(@PathVariable String grade) {
        return ratios.clear(grade, CurrentUsers.actor());
    }
}
