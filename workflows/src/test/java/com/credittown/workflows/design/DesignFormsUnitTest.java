package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A designed step's form: it edits its editable fields, sees the fields it may only see read-only, and nothing else. */
class DesignFormsUnitTest {

    /** matter and amount from the start form; the review fills opinion; the approval sees all but the internal note. */
    private final DesignModel model = new DesignModel("补贴申请", List.of(SampleDesigns.text("matter"),
            SampleDesigns.number("amount"), SampleDesigns.text("opinion"), SampleDesigns.text("internal")),
            List.of("matter", "amount"), List.of(
            new DesignStep("review", StepKind.APPROVAL, "受理审核", SampleDesigns.role("officer"), 2,
                    List.of("matter", "opinion", "internal"), List.of("opinion", "internal"), List.of()),
            new DesignStep("approve", StepKind.APPROVAL, "批准", SampleDesigns.role("officer"), 2,
                    List.of("opinion", "amount", "matter"), List.of(), List.of())));

    @Test
    void aStepEditsItsEditableFieldsAndSeesTheOthersItMaySeeReadOnlyInTheFormsOrder() {
        FormDefinition review = form("review");
        assertThat(review.fields()).extracting(FormField::key).containsExactly("opinion", "internal");
        assertThat(review.readOnlyFields()).extracting(FormField::key).containsExactly("matter");
    }

    @Test
    void aFieldTheStepMayNotSeeIsInNeitherList() {
        FormDefinition approve = form("approve");
        assertThat(approve.readOnlyFields()).extracting(FormField::key).containsExactly("matter", "amount", "opinion");
        assertThat(approve.field("internal")).isEmpty();
        assertThat(approve.readOnlyField("internal")).isEmpty();
    }

    @Test
    void anEditableFieldIsSeenEvenWhenNotListedAsVisibleAndNeverReadOnly() {
        DesignStep step = new DesignStep("s", StepKind.APPROVAL, "s", SampleDesigns.role("officer"), 1,
                List.of("matter"), List.of("opinion", "matter"), List.of());
        assertThat(step.shownFields()).containsExactly("matter", "opinion");
        assertThat(step.isReadOnly("matter")).isFalse();
        assertThat(step.isReadOnly("opinion")).isFalse();
        assertThat(step.isReadOnly("amount")).isFalse();
    }

    @Test
    void theStartFormAsksForTheStartFieldsOnly() {
        FormDefinition start = DesignForms.form("design:subsidy@1:start", model, "start").orElseThrow();
        assertThat(start.fields()).extracting(FormField::key).containsExactly("matter", "amount");
        assertThat(start.readOnlyFields()).isEmpty();
    }

    private FormDefinition form(String step) {
        return DesignForms.form("design:subsidy@1:" + step, model, step).orElseThrow();
    }
}
