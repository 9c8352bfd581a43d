package com.credittown.ui.bench;

import com.credittown.platform.StatementCounter;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * Bare Flowable 7.2 in the same JVM, on its own PostgreSQL database with a Hikari pool of the application's size:
 * start → user task (candidate group, tenant) → user task → end, audit history, no async executor. The reference
 * the application's figures are divided by.
 */
final class BareFlowable implements AutoCloseable {

    static final String TENANT = "humen";
    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="bench">
              <process id="bare" name="bare" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="sign"/>
                <userTask id="sign" name="sign" flowable:candidateGroups="officer"/>
                <sequenceFlow id="f2" sourceRef="sign" targetRef="verify"/>
                <userTask id="verify" name="verify" flowable:candidateGroups="officer"/>
                <sequenceFlow id="f3" sourceRef="verify" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private final HikariDataSource pool;
    private final ProcessEngine engine;

    BareFlowable(String jdbcUrl, String user, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("bare-flowable");
        pool = new HikariDataSource(config);
        DataSource counted = StatementCounter.wrap(pool);
        ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
                .setDataSource(counted)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistoryLevel(HistoryLevel.AUDIT)
                .setAsyncExecutorActivate(false)
                .setEngineName("bare-bench");
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().tenantId(TENANT).name("bare")
                .addBytes("bare.bpmn20.xml", PROCESS.getBytes(StandardCharsets.UTF_8)).deploy();
    }

    /** Starts an instance with the given variables; returns its id. */
    String start(Map<String, Object> variables) {
        return engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey("bare")
                .tenantId(TENANT).variables(variables).start().getId();
    }

    /** The open task of an instance. */
    String taskOf(String instanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    /** What an application does to complete a task: find it in the tenant, take it, complete it with data. */
    void complete(String taskId, String user, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).taskTenantId(TENANT)
                .taskCandidateGroup("officer").includeProcessVariables().singleResult();
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), variables);
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
