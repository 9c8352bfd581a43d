package com.credittown.ui.design;

import com.credittown.workflows.design.AuthoringMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The designer's banner of BPMN mode: why the chain is read-only, who saved the diagram, and (for those who may edit)
 * the way back, a discard the officer confirms first since the modeler's shapes are lost.
 */
class BpmnModeBanner extends Div {

    private final boolean readOnly;
    private final Runnable discard;

    /** @param discard what a confirmed discard does (drop the diagram, generate from the chain again) */
    BpmnModeBanner(boolean readOnly, Runnable discard) {
        this.readOnly = readOnly;
        this.discard = discard;
        setId("bpmn-mode-banner");
        setWidthFull();
        getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-10pct))")
                .set("border-left", "4px solid var(--lumo-warning-color, var(--lumo-primary-color))")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    void show(AuthoringMode mode, String updatedBy) {
        removeAll();
        setVisible(mode == AuthoringMode.BPMN);
        if (mode != AuthoringMode.BPMN) {
            return;
        }
        Span text = new Span(getTranslation("designer.mode.bpmn.banner", updatedBy == null ? "" : updatedBy));
        text.setId("bpmn-mode-text");
        add(text);
        if (!readOnly) {
            Button button = new Button(getTranslation("designer.mode.discard"), e -> confirmDiscard());
            button.setId("discard-bpmn");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            button.getStyle().set("margin-left", "var(--lumo-space-m)");
            add(button);
        }
    }

    private void confirmDiscard() {
        Dialog dialog = new Dialog();
        dialog.setId("discard-bpmn-dialog");
        dialog.setHeaderTitle(getTranslation("designer.mode.discard"));
        Span warning = new Span(getTranslation("designer.mode.discard.confirmText"));
        warning.setId("discard-bpmn-text");
        dialog.add(warning);
        dialog.setWidth("min(560px, 100vw)");
        Button ok = new Button(getTranslation("designer.mode.discard.confirm"), e -> {
            dialog.close();
            discard.run();
        });
        ok.setId("discard-bpmn-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("form.cancel"), e -> dialog.close());
        cancel.setId("discard-bpmn-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
