package com.credittown.workflows.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submission may set only the fields its step may edit. */
class FormValidatorUnitTest {

    private static final FormField AMOUNT = new FormField("amount", FieldType.NUMBER,
            new LocalizedText("申请金额", "Amount"), true, null, null, List.of());
    private static final FormField OPINION = new FormField("opinion", FieldType.TEXT,
            new LocalizedText("意见", "Opinion"), true, null, 200, List.of());

    /** The approval edits the opinion and sees the amount entered earlier. */
    private final FormDefinition approval = new FormDefinition("design:subsidy@1:approve", null, List.of(OPINION),
            List.of(AMOUNT));
    private final FormValidator validator = new FormValidator();

    @Test
    void theEditableFieldsAreAcceptedAndTheReadOnlyOnesAreNotRequired() {
        assertThat(validator.validate(approval, Map.of("opinion", "同意"))).containsExactly(Map.entry("opinion", "同意"));
    }

    @Test
    void settingAFieldTheStepMayOnlySeeIsRefusedAsReadOnly() {
        assertThat(problems(Map.of("opinion", "同意", "amount", 999_999)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("amount");
                    assertThat(problem.code()).isEqualTo("read-only");
                    assertThat(problem.message()).contains("may be seen but not changed at this step");
                });
    }

    @Test
    void settingAFieldTheStepMayNotSeeReadsLikeAnUnknownField() {
        assertThat(problems(Map.of("opinion", "同意", "internal", "x")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("internal");
                    assertThat(problem.code()).isEqualTo("unknown-field");
                    assertThat(problem.message()).isEqualTo("is not a field of the form 'design:subsidy@1:approve'");
                });
    }

    private List<FieldProblem> problems(Map<String, ?> data) {
        return catchThrowableOfType(InvalidInputException.class, () -> validator.validate(approval, data)).errors();
    }
}
