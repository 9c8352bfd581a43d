package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantGuard;
import java.util.function.Consumer;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;

/**
 * Base of every service-task delegate: refuses to run unless the thread acts for the tenant that owns the
 * execution, so a job can never write into another tenant's data. Delegates are written in one idiom
 * ({@code docs/delegates.md}): a {@code @Bean} of a feature's {@code …Delegates} configuration returning
 * {@link #delegate(Consumer)}, and task listeners likewise through {@link #taskListener(Consumer)}.
 */
public abstract class TenantScopedDelegate implements JavaDelegate {

    @Override
    public final void execute(DelegateExecution execution) {
        TenantGuard.requireActingFor(execution.getTenantId());
        perform(execution);
    }

    protected abstract void perform(DelegateExecution execution);

    /** A tenant-scoped delegate performing one step, for the delegate beans of a process. */
    public static TenantScopedDelegate delegate(Consumer<DelegateExecution> step) {
        return new TenantScopedDelegate() {
            @Override
            protected void perform(DelegateExecution execution) {
                step.accept(execution);
            }
        };
    }

    /** A task listener with the same guard: refuses to run unless the thread acts for the task's tenant. */
    public static TaskListener taskListener(Consumer<DelegateTask> step) {
        return task -> {
            TenantGuard.requireActingFor(task.getTenantId());
            step.accept(task);
        };
    }
}
