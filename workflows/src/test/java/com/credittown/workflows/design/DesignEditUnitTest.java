package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The designer's edits, as the chain and the form designer make them: each gives the next model. */
class DesignEditUnitTest {

    private static final FormField AMOUNT = new FormField("amount", FieldType.NUMBER,
            new LocalizedText("金额", "Amount"), true, null, null, List.of());
    private static final FormField NOTE = new FormField("note", FieldType.TEXT,
            new LocalizedText("备注", "Note"), false, null, null, List.of());

    private final DesignModel model = new DesignModel("补贴申请", List.of(AMOUNT, NOTE), List.of("amount"), List.of(
            DesignStep.approval("step1", "受理", SampleDesigns.role("officer"), 3, List.of()),
            DesignStep.parallel("step2", "会签", List.of(
                    new Branch("甲", null, List.of()), new Branch("乙", null, List.of()))),
            DesignStep.approval("step3", "审批", SampleDesigns.role("officer"), 5, List.of())));

    @Test
    void stepsAreAppendedMovedReplacedAndRemovedWhereverNested() {
        DesignStep copy = DesignStep.copyTo(model.freshStepId(), "抄送", SampleDesigns.role("officer"));
        assertThat(copy.id()).isEqualTo("step4");

        DesignModel appended = new DesignEdit.AppendStep("step2", 1, copy).applyTo(model);
        assertThat(appended.step("step2").orElseThrow().branches().get(1).steps()).containsExactly(copy);
        assertThat(appended.freshStepId()).isEqualTo("step5");

        DesignModel moved = new DesignEdit.MoveStep("step3", -1).applyTo(appended);
        assertThat(moved.steps()).extracting(DesignStep::id).containsExactly("step1", "step3", "step2");

        DesignStep renamed = DesignStep.copyTo("step4", "抄送科长", SampleDesigns.role("officer"));
        DesignModel replaced = new DesignEdit.ReplaceStep(renamed).applyTo(moved);
        assertThat(replaced.step("step4").orElseThrow().name()).isEqualTo("抄送科长");

        DesignModel removed = new DesignEdit.RemoveStep("step4").applyTo(replaced);
        assertThat(removed.allSteps()).extracting(DesignStep::id).containsExactly("step1", "step3", "step2");
        assertThat(removed.name()).isEqualTo("补贴申请");
        assertThat(removed.fields()).containsExactly(AMOUNT, NOTE);
    }

    @Test
    void fieldsAndTheStartFormChangeTogether() {
        DesignModel notAmount = new DesignEdit.AskOnStart("amount", false).applyTo(
                new DesignEdit.AskOnStart("note", true).applyTo(model));
        assertThat(notAmount.startFields()).containsExactly("note");
        // asked again, the amount comes first again: the start form keeps the order of the fields
        DesignModel asked = new DesignEdit.AskOnStart("amount", true).applyTo(notAmount);
        assertThat(asked.startFields()).containsExactly("amount", "note");

        DesignModel withoutNote = new DesignEdit.RemoveField(NOTE).applyTo(asked);
        assertThat(withoutNote.fields()).containsExactly(AMOUNT);
        assertThat(withoutNote.startFields()).containsExactly("amount");

        DesignModel again = new DesignEdit.AddField(NOTE).applyTo(withoutNote);
        assertThat(again.fields()).containsExactly(AMOUNT, NOTE);
        assertThat(new DesignEdit.Rename("补贴申请（新）").applyTo(again).name()).isEqualTo("补贴申请（新）");
    }
}
