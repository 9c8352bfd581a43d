package com.credittown.ui.bench;

import com.credittown.platform.StatementCounter;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * Bare Flowable 7.2 in the same JVM, on its own PostgreSQL database with a Hikari pool of the application's size, audit
 * history, no async executor. Two references the application's figures are divided by:
 * <ul>
 * <li>{@link #BARE} start → user task (candidate group, tenant) → user task → end: what an engine alone does;</li>
 * <li>{@link #SHAPED} the commitment's shape: the BPMN CreditTown runs for the tenant (read from the application's
 * engine, so the same steps, gateway, boundary timer, candidate groups and tenant), started with the same variables,
 * its service tasks run by no-op delegates that set only the variables the model reads (the gateway's
 * {@code commitmentEligible}, the timer's {@code verificationDueAt}) and those the real steps set beside them. What
 * the commitment's own engine workload costs, without any of the application's work.</li>
 * </ul>
 */
final class BareFlowable implements AutoCloseable {

    static final String TENANT = "humen";
    static final String BARE = "bare";
    /** The commitment's shape: deployed under its own key, so the one engine holds both. */
    static final String SHAPED = "credit-commitment";
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

    /**
     * @param shapedBpmn the BPMN of the process the application runs for {@link #TENANT} ({@link #SHAPED}), deployed
     *                   byte for byte; its delegate expressions resolve to {@link #noOpDelegates}
     */
    BareFlowable(String jdbcUrl, String user, int poolSize, byte[] shapedBpmn) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("bare-flowable");
        pool = new HikariDataSource(config);
        DataSource counted = StatementCounter.wrap(pool);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setBeans(noOpDelegates());
        configuration.setDataSource(counted)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistoryLevel(HistoryLevel.AUDIT)
                .setAsyncExecutorActivate(false)
                .setEngineName("bare-bench");
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().tenantId(TENANT).name("bare")
                .addBytes("bare.bpmn20.xml", PROCESS.getBytes(StandardCharsets.UTF_8)).deploy();
        engine.getRepositoryService().createDeployment().tenantId(TENANT).name(SHAPED)
                .addBytes(SHAPED + ".bpmn20.xml", shapedBpmn).deploy();
    }

    /**
     * The commitment's service tasks without the application: each sets what the real step sets on the case (the
     * recording the commitment's id, the eligibility its verdict, the publication the verification deadline the verify
     * step's due date and boundary timer read) and nothing else: no rows of ours, no audit, no archive.
     */
    private static Map<Object, Object> noOpDelegates() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("commitmentRecording", (JavaDelegate) execution ->
                execution.setVariable("commitmentId", UUID.randomUUID().toString()));
        beans.put("commitmentEligibility", (JavaDelegate) execution ->
                execution.setVariable("commitmentEligible", true));
        beans.put("commitmentPublication", (JavaDelegate) execution -> {
            LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(28); // 20 working days, roughly
            execution.setVariable("verificationDueDate", due.toString());
            execution.setVariable("verificationDueAt",
                    Date.from(due.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
            execution.setVariable("verificationDueFlagged", false);
        });
        // steps after the verification, never reached by the benchmark: resolvable, doing nothing
        JavaDelegate nothing = execution -> { };
        for (String later : List.of("verificationOverdue", "commitmentHonoured", "commitmentBreach",
                "commitmentRectificationOrder", "commitmentRectificationLapsed", "commitmentRectificationSubmitted",
                "commitmentRectificationReviewed")) {
            beans.put(later, nothing);
        }
        beans.put("commitmentRectificationNotice", (TaskListener) task -> { });
        return beans;
    }

    /** Starts an instance of {@link #BARE} or {@link #SHAPED} with the given variables; returns its id. */
    String start(String processKey, Map<String, Object> variables) {
        return engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(processKey)
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
