package com.credittown.platform.credit.publication;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The bounded pool import jobs run on: {@code workers} threads and a queue of {@code queueCapacity}. The executor is
 * owned here rather than exposed as an {@code Executor} bean, because any such bean makes Spring Boot drop its
 * auto-configured {@code applicationTaskExecutor}, which other features may rely on.
 */
@Component
class ImportWorkers implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ImportWorkers(DoublePublicitySettings settings) {
        executor.setCorePoolSize(settings.workers());
        executor.setMaxPoolSize(settings.workers());
        executor.setQueueCapacity(settings.queueCapacity());
        executor.setThreadNamePrefix("double-publicity-import-");
        executor.initialize();
    }

    /** @throws ImportsBusyException if every worker is busy and the queue is full */
    void submit(Runnable work) {
        try {
            executor.execute(work);
        } catch (TaskRejectedException e) {
            throw new ImportsBusyException("Too many imports are running or waiting; try again in a few minutes");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
