package com.credittown.workflows.supervision;

import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import com.credittown.workflows.supervision.internal.SupervisionNotices;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The automatic step of {@code city-supervision}: files the handling report, in the engine's transaction. */
@Configuration(proxyBeanMethods = false)
class SupervisionDelegates {

    /** Report and contact are both required fields of the {@code supervision-report} form. */
    @Bean
    TenantScopedDelegate supervisionHandled(SupervisionNotices notices, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            SupervisionNotice notice = notices.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                    new IllegalStateException("No notice for case " + execution.getProcessInstanceId()));
            String actor = CaseActor.current();
            notice.handled(string(execution, "report"), string(execution, "contact"), actor,
                    LocalDate.now(clock), clock.instant());
            audit.record(actor, "SUPERVISION_HANDLED", SupervisionService.AUDIT_TYPE, notice.id(),
                    (notice.onTime() ? "on time" : "late") + " (due " + notice.dueDate() + ")");
        });
    }
}
