package com.credittown.workflows.ledger;

import com.credittown.platform.tenancy.TenantNames;
import com.credittown.platform.web.RequestLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment ledgers over REST. A tenant's own ledger is read under {@code /api/tenants/{tenant}}, whose tenant
 * the request filter takes from the token; the city's ledgers under {@code /api/city}, for the city office only
 * (both rules in ApiSecurityConfiguration). A missing or malformed period is a 400 naming the field.
 */
@RestController
@Tag(name = "Assessment ledgers (考核台账)", description = "Figures per tenant and period (2025-09, 2025-Q3, 2025) computed from the data: 双公示, severe dishonesty, commitments, repair, stars, rectification, districts and member shops with ratings, supervision. See docs/ledgers.md.")
class LedgerController {

    private final LedgerService ledgers;
    private final TenantNames tenantNames;

    LedgerController(LedgerService ledgers, TenantNames tenantNames) {
        this.tenantNames = tenantNames;
        this.ledgers = ledgers;
    }

    @Operation(summary = "A tenant's ledger for a period (officer: own tenant; city office: any)")
    @GetMapping("/api/tenants/{tenant}/ledger")
    TenantLedger ofTenant(@RequestParam(name = "period", required = false) String period) {
        return ledgers.ofTenant(LedgerPeriod.parse(period));
    }

    @Operation(summary = "City office: every tenant's ledger for a period, with the city's totals")
    @GetMapping("/api/city/ledgers")
    CityLedger ofCity(@RequestParam(name = "period", required = false) String period) {
        return ledgers.ofCity(LedgerPeriod.parse(period));
    }

    @Operation(summary = "City office: the assessment ledger as a print-formatted .xlsx",
            description = "Headers in Chinese by default; in English with lang=en or an Accept-Language preferring English")
    @GetMapping("/api/city/ledgers.xlsx")
    ResponseEntity<byte[]> spreadsheet(@RequestParam(name = "period", required = false) String period,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                       String acceptLanguage) {
        LedgerPeriod parsed = LedgerPeriod.parse(period);
        Locale locale = RequestLanguage.of(lang, acceptLanguage);
        byte[] workbook = LedgerSpreadsheet.of(ledgers.ofCity(parsed), locale, tenantNames.all(locale));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(LedgerSpreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ledgers-" + parsed.code() + ".xlsx").build().toString())
                .body(workbook);
    }
}
