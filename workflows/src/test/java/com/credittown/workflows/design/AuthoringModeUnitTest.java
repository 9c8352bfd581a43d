package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.web.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The authoring-mode rules of a draft: the modeler's diagram is never replaced without an explicit discard. */
class AuthoringModeUnitTest {

    private static final Instant NOW = Instant.parse("2025-09-26T02:00:00Z");

    @Test
    void aNewDesignIsInChainModeAndSavingTheChainKeepsGeneratingTheBpmn() {
        ProcessDesign design = new ProcessDesign("subsidy");
        design.saveChain("补贴申请", "{\"v\":1}", NOW, "officer");
        design.saveChain("补贴申请", "{\"v\":2}", NOW, "officer");

        assertThat(design.authoringMode()).isEqualTo(AuthoringMode.CHAIN);
        assertThat(design.bpmnXml()).isNull();
        assertThat(design.revision()).isEqualTo(2);
    }

    @Test
    void savingFromTheModelerSwitchesToBpmnModeAndAChainSaveIsThenRefusedWithNothingChanged() {
        ProcessDesign design = new ProcessDesign("subsidy");
        design.saveChain("补贴申请", "{\"v\":1}", NOW, "officer");
        design.saveBpmn("<definitions/>", NOW, "humen.officer");

        assertThat(design.authoringMode()).isEqualTo(AuthoringMode.BPMN);
        assertThatThrownBy(() -> design.saveChain("改名", "{\"v\":2}", NOW, "other.tab"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("edited in the BPMN modeler")
                .hasMessageContaining("humen.officer")
                .hasMessageContaining("discard-bpmn");
        assertThat(design.modelJson()).isEqualTo("{\"v\":1}");
        assertThat(design.name()).isEqualTo("补贴申请");
        assertThat(design.bpmnXml()).isEqualTo("<definitions/>");
        assertThat(design.revision()).isEqualTo(2);
    }

    @Test
    void discardingTheBpmnEditsGoesBackToTheLastChain() {
        ProcessDesign design = new ProcessDesign("subsidy");
        design.saveChain("补贴申请", "{\"v\":1}", NOW, "officer");
        design.saveBpmn("<definitions/>", NOW, "officer");
        design.discardBpmn(NOW, "officer");

        assertThat(design.authoringMode()).isEqualTo(AuthoringMode.CHAIN);
        assertThat(design.bpmnXml()).isNull();
        assertThat(design.modelJson()).isEqualTo("{\"v\":1}");
        design.saveChain("补贴申请", "{\"v\":2}", NOW, "officer");
        assertThat(design.modelJson()).isEqualTo("{\"v\":2}");
    }

    @Test
    void aVersionAuthoredInTheModelerComparesByTheStepsOfItsBpmn() {
        DesignModel forms = SampleDesigns.everyKind();
        var changes = DesignComparison.compare(BpmnSteps.asModel(forms, HandEditedBpmn.generated()),
                BpmnSteps.asModel(forms, HandEditedBpmn.withLegalCheck()));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.target()).isEqualTo("step:legalCheck");
            assertThat(change.kind()).isEqualTo(DesignComparison.ChangeKind.ADDED);
            assertThat(change.description()).contains("法制审核", "group department:legal", "4 working days",
                    "edits [opinion]");
        });
    }
}
