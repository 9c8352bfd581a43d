package com.credittown.workflows.cleanup;

import com.credittown.platform.credit.cleanup.CleanupKind;
import com.credittown.platform.credit.cleanup.CleanupStatus;
import com.credittown.platform.credit.cleanup.CodeCleanup;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The code clean-up report as a print-formatted .xlsx: a tenant's own, or the city office's for every tenant. */
@RestController
@Tag(name = "Code clean-up (统一社会信用代码重错码清理)", description = "Wrong codes, one code under several names and likely"
        + " duplicate registrations, per tenant; the city office reads every tenant's (plan (二)).")
class CodeCleanupExportController {

    private final CodeCleanup cleanup;
    private final TenantNames tenantNames;

    CodeCleanupExportController(CodeCleanup cleanup, TenantNames tenantNames) {
        this.cleanup = cleanup;
        this.tenantNames = tenantNames;
    }

    @Operation(summary = "Tenant: its clean-up report as a print-formatted .xlsx")
    @GetMapping("/api/tenants/{tenant}/code-cleanup.xlsx")
    ResponseEntity<byte[]> tenantSheet(@PathVariable String tenant,
                                       @RequestParam(required = false) CleanupKind kind,
                                       @RequestParam(required = false) CleanupStatus status,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                       String acceptLanguage) {
        Locale locale = RequestLanguage.of(lang, acceptLanguage);
        byte[] workbook = CodeCleanupSpreadsheet.of(cleanup.items(kind, status), tenantNames.of(tenant, locale),
                locale, tenantNames.all(locale));
        return xlsx(workbook, "code-cleanup-" + tenant + ".xlsx");
    }

    @Operation(summary = "City office: every tenant's clean-up report (or one tenant's) as a print-formatted .xlsx")
    @GetMapping("/api/city/code-cleanup.xlsx")
    ResponseEntity<byte[]> citySheet(@RequestParam(required = false) String tenant,
                                     @RequestParam(required = false) CleanupKind kind,
                                     @RequestParam(required = false) CleanupStatus status,
                                     @RequestParam(name = "lang", required = false) String lang,
                                     @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                     String acceptLanguage) {
        Locale locale = RequestLanguage.of(lang, acceptLanguage);
        String scope = tenant == null || tenant.isBlank()
                ? (TenantNames.english(locale) ? "the whole city" : "全市") : tenantNames.of(tenant, locale);
        byte[] workbook = CodeCleanupSpreadsheet.of(cleanup.cityItems(tenant, kind, status), scope, locale,
                tenantNames.all(locale));
        return xlsx(workbook, "code-cleanup-city.xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CodeCleanupSpreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(workbook);
    }
}
