package com.credittown.workflows.inspection;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.RequestLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graded inspection plans over REST: a tenant's plans under {@code /api/tenants/{tenant}/inspection-plans} (its tenant
 * comes from the token), the city office's read-only view under {@code /api/city/inspection-plans}.
 */
@RestController
@Tag(name = "Graded inspection plans (信用分级分类监管 双随机抽查)", description = "A tenant draws a plan per period from its subjects with the city's sampling ratio per credit grade; the seed is recorded so the draw is reproducible; results are recorded as 监督检查 records of the archive.")
class InspectionPlanController {

    private final InspectionPlans plans;

    InspectionPlanController(InspectionPlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "The ratios per grade the next draw applies (the city's, or the tenant's above it) and the"
            + " plan's words")
    @GetMapping("/api/tenants/{tenant}/inspection-plans/ratios")
    InspectionPlans.Ratios ratios() {
        return plans.ratios();
    }

    @Operation(summary = "Tenant: draw and save a plan for a period (400 naming each bad field)")
    @PostMapping("/api/tenants/{tenant}/inspection-plans")
    ResponseEntity<InspectionPlanView> draw(@PathVariable String tenant, @RequestBody NewPlan request) {
        InspectionPlanView plan = plans.draw(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/inspection-plans/" + plan.id()))
                .body(plan);
    }

    @Operation(summary = "Tenant: its plans, newest first")
    @GetMapping("/api/tenants/{tenant}/inspection-plans")
    List<InspectionPlanView> plans() {
        return plans.plans();
    }

    @Operation(summary = "Tenant: one plan (another tenant's: 404)")
    @GetMapping("/api/tenants/{tenant}/inspection-plans/{id}")
    InspectionPlanView plan(@PathVariable long id) {
        return plans.plan(id);
    }

    @Operation(summary = "Tenant: the plan as a print-formatted .xlsx")
    @GetMapping("/api/tenants/{tenant}/inspection-plans/{id}.xlsx")
    ResponseEntity<byte[]> spreadsheet(@PathVariable long id,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                       String acceptLanguage) {
        byte[] workbook = InspectionPlanSpreadsheet.of(plans.plan(id), RequestLanguage.of(lang, acceptLanguage));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(InspectionPlanSpreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("inspection-plan-" + id + ".xlsx").build().toString())
                .body(workbook);
    }

    @Operation(summary = "Tenant: record an inspection's result as a 监督检查 record of the archive (409 if recorded)")
    @PostMapping("/api/tenants/{tenant}/inspection-plans/{id}/items/{itemId}/result")
    InspectionItemView result(@PathVariable long id, @PathVariable long itemId, @RequestBody NewResult result) {
        return plans.recordResult(id, itemId, result, CurrentUsers.actor());
    }

    @Operation(summary = "City office: every tenant's plans, or one tenant's (read only)")
    @GetMapping("/api/city/inspection-plans")
    List<InspectionPlanView> cityPlans(@RequestParam(required = false) String tenant) {
        return plans.cityPlans(tenant);
    }
}
