package com.credittown.platform.tenancy;

import com.credittown.platform.time.PlatformClock;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.ExecuteAsyncRunnable;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the Flowable engine tenant-aware: every async job and every timer runs inside the
 * {@link TenantContext} of the tenant that owns it, however long after it was scheduled.
 */
@Configuration(proxyBeanMethods = false)
class FlowableTenancyConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> tenantAwareEngine(PlatformClock clock) {
        return configuration -> {
            configuration.setClock(clock.engineClock());
            AsyncExecutor executor = configuration.getAsyncExecutor();
            if (executor instanceof AbstractAsyncExecutor async) {
                async.setExecuteAsyncRunnableFactory((job, jobs) -> inTenantOf(job, jobs, async));
            }
        };
    }

    private static Runnable inTenantOf(JobInfo job, JobServiceConfiguration jobs, AbstractAsyncExecutor executor) {
        Runnable execution = new ExecuteAsyncRunnable(job, jobs, jobs.getJobEntityManager(),
                executor.getAsyncRunnableExecutionExceptionHandler(), executor.getJobExecutionObservationProvider());
        String tenant = job.getTenantId();
        if (tenant == null || tenant.isBlank()) {
            return execution;
        }
        TenantId owner = new TenantId(tenant);
        return () -> TenantContext.runAs(owner, execution);
    }
}
