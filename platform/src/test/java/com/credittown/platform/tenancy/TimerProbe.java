package com.credittown.platform.tenancy;

import com.credittown.platform.audit.AuditLog;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A delegate that records, in the tenant's own audit trail, that the timer fired for it. */
@Component("timerProbe")
class TimerProbe implements JavaDelegate {

    private final AuditLog audit;

    TimerProbe(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TenantGuard.requireActingFor(execution.getTenantId());
        audit.record(AuditLog.SYSTEM, "TIMER_FIRED", "case", execution.getProcessInstanceId(),
                "acting for " + TenantContext.require());
    }
}
