package com.credittown.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.flowable.variable.api.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** A step's required variables fail loudly when the model forgot them; optional ones read as absent. */
class CaseVariablesUnitTest {

    private final VariableScope scope = scope(Map.of("subjectCode", "91441900MA00000000", "days", 15L,
            "amount", new BigDecimal("3"), "signed", true, "text", "5"));

    @Test
    void requiredTextIsReadAndAMissingOneIsAModellingError() {
        assertThat(CaseVariables.string(scope, "subjectCode")).isEqualTo("91441900MA00000000");
        assertThatThrownBy(() -> CaseVariables.string(scope, "report"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'report' is missing");
    }

    @Test
    void optionalTextIsNullWhenAbsent() {
        assertThat(CaseVariables.optionalString(scope, "subjectCode")).isEqualTo("91441900MA00000000");
        assertThat(CaseVariables.optionalString(scope, "grantedMatter")).isNull();
    }

    @Test
    void requiredNumberAcceptsAnyNumberAndRefusesTextOrAbsence() {
        assertThat(CaseVariables.number(scope, "days")).isEqualTo(15);
        assertThat(CaseVariables.number(scope, "amount")).isEqualTo(3);
        assertThatThrownBy(() -> CaseVariables.number(scope, "text"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'text'");
        assertThatThrownBy(() -> CaseVariables.number(scope, "planWorkingDays"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'planWorkingDays'");
    }

    @Test
    void optionalNumberFallsBackOnlyWhenAbsent() {
        assertThat(CaseVariables.optionalNumber(scope, "days", 10)).isEqualTo(15);
        assertThat(CaseVariables.optionalNumber(scope, "verifyWorkingDays", 10)).isEqualTo(10);
        assertThatThrownBy(() -> CaseVariables.optionalNumber(scope, "text", 10))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFlagIsSetOnlyByTrue() {
        assertThat(CaseVariables.flag(scope, "signed")).isTrue();
        assertThat(CaseVariables.flag(scope, "obligationsFulfilled")).isFalse();
        assertThat(CaseVariables.flag(scope, "text")).isFalse();
    }

    /** A variable scope answering {@code getVariable} from a map (the only method CaseVariables calls). */
    private static VariableScope scope(Map<String, Object> variables) {
        Map<String, Object> copy = new HashMap<>(variables);
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
                new Class<?>[] {VariableScope.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getVariable") && args != null && args.length == 1) {
                        return copy.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
