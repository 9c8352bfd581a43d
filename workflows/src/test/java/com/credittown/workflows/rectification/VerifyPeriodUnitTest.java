package com.credittown.workflows.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.variable.api.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The verification period is template data: the case's own value, else the template's in force, never a constant. */
class VerifyPeriodUnitTest {

    @Test
    void aCaseKeepsThePeriodItStartedWithAndTheTemplateIsNotAsked() {
        AtomicInteger asked = new AtomicInteger();
        int days = VerifyPeriod.workingDays(scope(Map.of("verifyWorkingDays", 7L)), () -> {
            asked.incrementAndGet();
            return Map.of("verifyWorkingDays", 15);
        });
        assertThat(days).isEqualTo(7);
        assertThat(asked).hasValue(0);
    }

    @Test
    void aCaseStartedBeforeTheParameterExistedTakesTheTemplatesValueInForce() {
        // a tenant that adapted the template to 15 working days: its old cases follow it, not a built-in 10
        assertThat(VerifyPeriod.workingDays(scope(Map.of()), () -> Map.of("verifyWorkingDays", 15))).isEqualTo(15);
    }

    @Test
    void aTemplateWithoutTheParameterIsAModellingError() {
        assertThatThrownBy(() -> VerifyPeriod.workingDays(scope(Map.of()), Map::of))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("verifyWorkingDays");
    }

    @Test
    void theCitysTemplateDefaultIsTenWorkingDays() throws Exception {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("templates/" + VerifyPeriod.PROCESS + ".parameters.json")) {
            JsonNode parameters = new ObjectMapper().readTree(in).get("parameters");
            JsonNode verify = null;
            for (JsonNode parameter : parameters) {
                if (VerifyPeriod.PARAMETER.equals(parameter.get("key").asText())) {
                    verify = parameter;
                }
            }
            assertThat(verify).as("the template's parameter " + VerifyPeriod.PARAMETER).isNotNull();
            assertThat(verify.get("defaultValue").asInt()).isEqualTo(10);
        }
    }

    private static VariableScope scope(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>(values);
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
                new Class<?>[] {VariableScope.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getVariable") && args != null && args.length == 1) {
                        return variables.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
