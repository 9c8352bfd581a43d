package com.credittown.workflows.supervision;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The automatic step of {@code city-supervision}: files the handling report, in the engine's transaction. */
@Configuration(proxyBeanMethods = false)
class SupervisionDelegates {

    @Bean
    TenantScopedDelegate supervisionHandled(SupervisionNotices notices, AuditLog audit, PlatformClock clock) {
        return new TenantScopedDelegate() {
            @Override
            protected void perform(DelegateExecution execution) {
                SupervisionNotice notice = notices.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                        new IllegalStateException("No notice for case " + execution.getProcessInstanceId()));
                String actor = CaseActor.current();
                notice.handled(string(execution, "report"), string(execution, "contact"), actor,
                        LocalDate.now(clock), clock.instant());
                audit.record(actor, "SUPERVISION_HANDLED", SupervisionService.AUDIT_TYPE, notice.id(),
                        (notice.onTime() ? "on time" : "late") + " (due " + notice.dueDate() + ")");
            }
        };
    }

    private static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
