package com.credittown.workflows.report;

import com.credittown.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit reports over REST: issuing one (officer, administrator, city office; a merchant for its own subject, rules
 * in ApiSecurityConfiguration) and the public check of a verification code (no login).
 */
@RestController
class CreditReportController {

    private static final Logger log = LoggerFactory.getLogger(CreditReportController.class);

    private final CreditReports reports;

    CreditReportController(CreditReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/tenants/{tenant}/subjects/{id}/credit-report")
    ResponseEntity<byte[]> issue(@PathVariable long id) {
        CreditReports.IssuedReport report = reports.issue(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("X-Report-Code", report.code())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("credit-report-" + report.code() + ".pdf").build().toString())
                .body(report.pdf());
    }

    @GetMapping("/api/public/reports/{code}")
    ReportCheck check(@PathVariable String code) {
        return reports.check(code).orElseThrow(() -> new NotFoundException("Unknown report",
                "No credit report was issued with the verification code '" + code.strip() + "'."));
    }

    @ExceptionHandler(ReportFontMissingException.class)
    ResponseEntity<ProblemDetail> fontMissing(ReportFontMissingException e) {
        log.error("Credit report refused: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Credit reports unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
