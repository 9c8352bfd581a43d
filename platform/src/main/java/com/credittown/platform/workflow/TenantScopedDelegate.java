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

    /** A tenant-scoped delegate performing one step, for the delegate beans of a process. */
    public static TenantScopedDelegate delegate(java.util.function.Consumer<DelegateExecution> step) {
        return new TenantScopedDelegate() {
            @Override
            protected void perform(DelegateExecution execution) {
                step.accept(execution);
            }
        };
    }
}
