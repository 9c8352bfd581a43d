package com.credittown.platform.credit.publication;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantJobs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings into the code clean-up report (重错码清理, plan (二)) the rows that imports rejected for a wrong code before the
 * report existed: their errors are stored with the row's values (since the errors workbook shows them), so each is
 * reported as the import would report it today, naming its import and row. A one-off: only a tenant Liquibase marked
 * pending (changeSet code-cleanup-005) is scanned, and its mark is cleared in the transaction that reports its errors,
 * so later start-ups scan nothing, a failed tenant is tried again at the next start, and a second instance starting at
 * the same time waits on the mark and then finds it gone. Errors stored without the row's values (imports older than
 * the errors workbook's values) cannot name the code and are left out.
 */
@Component
class EarlierWrongCodes {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EarlierWrongCodes.class);

    private final ImportErrors errors;
    private final ImportJobs jobs;
    private final TenantJobs tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    EarlierWrongCodes(ImportErrors errors, ImportJobs jobs, TenantJobs tenants, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions) {
        this.errors = errors;
        this.jobs = jobs;
        this.tenants = tenants;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int reported = reportEveryTenant();
        if (reported > 0) {
            log.info("Code clean-up: reported {} wrong codes of earlier imports", reported);
        }
    }

    /** Reports the earlier wrong codes of every tenant still pending; how many were. */
    int reportEveryTenant() {
        return tenants.forEachTenant("Code clean-up: earlier imports' wrong codes",
                () -> transaction.execute(status -> reportForCurrentTenant())).total();
    }

    private int reportForCurrentTenant() {
        String tenant = TenantContext.require().code();
        if (errors.clearEarlierImportsPending(tenant) == 0) {
            return 0;
        }
        List<ImportError> waiting = errors.findByColumnAndCodeReportedFalseAndValuesIsNotNullOrderByIdAsc(
                ImportColumn.SUBJECT_CODE.header());
        Map<Long, ImportJob> jobById = new HashMap<>();
        int reported = 0;
        for (ImportError error : waiting) {
            RowProblem problem = error.problem();
            if (!problem.isWrongCode() || errors.markCodeReported(error.id()) == 0) {
                continue;
            }
            ImportJob job = jobById.computeIfAbsent(error.importId(), id -> jobs.findById(id).orElseThrow());
            events.publishEvent(WrongCodeReport.of(tenant, error.importId(), job.headerNames(), problem, job.actor()));
            reported++;
        }
        return reported;
    }
}
