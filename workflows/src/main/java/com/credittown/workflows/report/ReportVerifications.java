package com.credittown.workflows.report;

import org.springframework.data.jpa.repository.JpaRepository;

/** Issued credit reports by verification code. */
interface ReportVerifications extends JpaRepository<ReportVerification, String> {
}
