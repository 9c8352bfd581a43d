package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.DeploymentCategory;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine's own guard, independent of the designer's checks: processes deployed straight through the
 * RepositoryService under a tenant design's category (or with no category at all), bypassing every check, cannot
 * read the environment or call any bean but the designer's, and cannot reach reflection; the designer's own
 * expressions still work, and so do the city's templates, which call their delegate beans.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignSandboxIntegrationTest {

    private static final String READ_ENVIRONMENT = "${environment.getProperty('spring.datasource.url')}";

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseService cases;
    @Value("${spring.datasource.url}")
    String datasourceUrl;

    private TenantId tenant;

    @BeforeAll
    void provisionATenant() {
        tenant = fixtures.provisionFreshTenant("dsgs");
    }

    @Test
    void aTenantDesignCannotReadTheEnvironmentWhileTheSameTextDeployedAsTheCitysCan() {
        String key = deploy(DeploymentCategory.TENANT_DESIGN.id(), serviceExpression(READ_ENVIRONMENT));
        assertThatThrownBy(() -> start(key)).isInstanceOf(FlowableException.class)
                .hasStackTraceContaining("'environment' is not a variable of the case");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();

        // the control: only the deployment's category differs, and a city process reads what it likes
        String city = deploy(DeploymentCategory.CITY_TEMPLATE.id(), serviceExpression(READ_ENVIRONMENT));
        ProcessInstance started = start(city);
        assertThat(runtime.getVariable(started.getId(), "leak")).isEqualTo(datasourceUrl);
    }

    @Test
    void aProcessDeployedWithoutACategoryIsSandboxedToo() {
        String key = deploy(null, serviceExpression(READ_ENVIRONMENT));
        assertThatThrownBy(() -> start(key)).isInstanceOf(FlowableException.class)
                .hasStackTraceContaining("'environment' is not a variable of the case");
        String other = deploy("made-up-category", serviceExpression(READ_ENVIRONMENT));
        assertThatThrownBy(() -> start(other)).isInstanceOf(FlowableException.class)
                .hasStackTraceContaining("'environment' is not a variable of the case");
    }

    @Test
    void aTenantDesignCallsNoOtherBeanNoOtherMethodAndNoReflection() {
        String design = DeploymentCategory.TENANT_DESIGN.id();
        assertRefused(deploy(design, delegate("${designService}")), "'designService' is not a variable of the case");
        assertRefused(deploy(design, serviceExpression("${designCopyTo.execute(execution)}")),
                "may not call execute()");
        assertRefused(deploy(design, serviceExpression("${designConditions.getClass().getClassLoader()}")),
                "may not call getClass()");
        assertRefused(deploy(design, condition("${''.getClass().forName('java.lang.Runtime') != null}")),
                "may not call getClass() on a java.lang.String");
        assertRefused(deploy(design, condition("${execution.processInstance != null}")),
                "may not read 'processInstance'");
        assertRefused(deploy(design, condition("${execution.getEngineServices() != null}")),
                "may not call getEngineServices()");
    }

    @Test
    void theDesignersOwnExpressionsStillRunInTheSandbox() {
        String key = deploy(DeploymentCategory.TENANT_DESIGN.id(), condition(
                "${designConditions.test(execution.getVariable('amount'), 'GREATER_THAN', '10000')}"));
        ProcessInstance large = start(key, Map.of("amount", 20000));
        assertThat(tasks.createTaskQuery().processInstanceId(large.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("large");
        ProcessInstance small = start(key, Map.of("amount", 5));
        assertThat(tasks.createTaskQuery().processInstanceId(small.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("small");
    }

    @Test
    void aTimerStartEventEvaluatedAtDeploymentHasNoProcessToTrustAndIsSandboxed() {
        String key = "sandbox-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = process(key, """
                <startEvent id="start"><timerEventDefinition><timeDate>%s</timeDate></timerEventDefinition></startEvent>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="end"/>""".formatted(READ_ENVIRONMENT));
        assertThatThrownBy(() -> builder(DeploymentCategory.TENANT_DESIGN.id(), key, xml).deploy())
                .isInstanceOf(FlowableException.class)
                .hasStackTraceContaining("'environment' is not a variable of the case");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aCityTemplateStillCallsItsDelegateBeans() {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", new UsccGenerator(new Random()).next("441900").value());
        data.put("subjectName", "东莞市虎门镇诚信贸易有限公司");
        data.put("commitmentType", "approval");
        data.put("grantedMatter", "食品经营许可");
        data.put("commitmentText", "本单位承诺所提交材料真实有效，如有虚假愿承担相应法律责任。");
        // credit-commitment runs ${commitmentRecording} and ${commitmentEligibility} before its first task
        String caseId = TenantContext.callAs(tenant, () -> cases.start("credit-commitment", "officer-a", data));
        assertThat(tasks.createTaskQuery().processInstanceId(caseId).singleResult().getTaskDefinitionKey())
                .isEqualTo("sign");
    }

    private void assertRefused(String key, String why) {
        assertThatThrownBy(() -> start(key)).as(key).isInstanceOf(FlowableException.class)
                .hasStackTraceContaining(why);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
    }

    private static String serviceExpression(String expression) {
        return """
                <startEvent id="start"/>
                <serviceTask id="grab" flowable:expression="%s" flowable:resultVariable="leak"/>
                <userTask id="hold" flowable:candidateGroups="officer"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="grab"/>
                <sequenceFlow id="f2" sourceRef="grab" targetRef="hold"/>
                <sequenceFlow id="f3" sourceRef="hold" targetRef="end"/>""".formatted(expression);
    }

    private static String delegate(String expression) {
        return """
                <startEvent id="start"/>
                <serviceTask id="grab" flowable:delegateExpression="%s"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="grab"/>
                <sequenceFlow id="f2" sourceRef="grab" targetRef="end"/>""".formatted(expression);
    }

    /** A gateway that sends the case to {@code large} when the condition holds, else to {@code small}. */
    private static String condition(String expression) {
        return """
                <startEvent id="start"/>
                <exclusiveGateway id="decide" default="toSmall"/>
                <userTask id="large" flowable:candidateGroups="officer"/>
                <userTask id="small" flowable:candidateGroups="officer"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="decide"/>
                <sequenceFlow id="toLarge" sourceRef="decide" targetRef="large">
                  <conditionExpression xsi:type="tFormalExpression"><![CDATA[%s]]></conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="toSmall" sourceRef="decide" targetRef="small"/>
                <sequenceFlow id="f3" sourceRef="large" targetRef="end"/>
                <sequenceFlow id="f4" sourceRef="small" targetRef="end"/>""".formatted(expression);
    }

    /** Deploys the process body for the tenant, straight through the RepositoryService; its key. */
    private String deploy(String category, String body) {
        String key = "sandbox-" + UUID.randomUUID().toString().substring(0, 8);
        builder(category, key, process(key, body)).deploy();
        return key;
    }

    private DeploymentBuilder builder(String category, String key, String xml) {
        DeploymentBuilder builder = repository.createDeployment().name(key).tenantId(tenant.code())
                .addString(key + ".bpmn20.xml", xml);
        return category == null ? builder : builder.category(category);
    }

    private static String process(String key, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://credittown.example/test">
                  <process id="%s" isExecutable="true">
                %s
                  </process>
                </definitions>
                """.formatted(key, body);
    }

    private ProcessInstance start(String key) {
        return start(key, Map.of());
    }

    private ProcessInstance start(String key, Map<String, Object> variables) {
        return TenantContext.callAs(tenant, () -> runtime.startProcessInstanceByKeyAndTenantId(key, variables,
                tenant.code()));
    }
}
