package com.credittown.workflows.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.workflows.template.TemplateParameter.ParameterType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TemplateParametersUnitTest {

    @Test
    void theShippedCommitmentParametersLoadWithTheirDefaults() {
        TemplateParameters parameters = new TemplateParameters(new ObjectMapper());

        assertThat(parameters.caseVariables("credit-commitment")).containsEntry("verificationWorkingDays", 20)
                .containsEntry("breachSeverity", "GENERAL");
        assertThat(parameters.of("credit-commitment")).filteredOn(p -> p.key().equals("verificationWorkingDays"))
                .singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ParameterType.WORKING_DAYS);
            assertThat(p.label().zh()).isEqualTo("承诺核查期限（工作日）");
        });
        assertThat(parameters.caseVariables("no-such-process")).isEmpty();
    }

    @Test
    void aDefaultOutsideItsLegalLimitsIsNamed() {
        TemplateParameter tooLong = new TemplateParameter("resultWorkingDays", ParameterType.WORKING_DAYS, 12, 1, 10,
                true, null, "东府办〔2024〕6号（二十）");
        TemplateParameter notANumber = new TemplateParameter("resultWorkingDays", ParameterType.WORKING_DAYS, "ten",
                1, 10, true, null, null);

        assertThat(tooLong.problem()).isEqualTo("resultWorkingDays: the default 12 is outside [1, 10]");
        assertThat(notANumber.problem()).isEqualTo("resultWorkingDays: the default must be a whole number");
    }
}
