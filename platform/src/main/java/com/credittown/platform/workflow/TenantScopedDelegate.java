package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantGuard;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Base of every service-task delegate: refuses to run unless the thread acts for the tenant that owns the
 * execution, so a job can never write into another tenant's data.
 */
public abstract class TenantScopedDelegate implements JavaDelegate {

    @Override
    public final void execute(DelegateExecution execution) {
        TenantGuard.requireActingFor(execution.getTenantId());
        perform(execution);
    }

    protected abstract void perform(DelegateExecution execution);
}
