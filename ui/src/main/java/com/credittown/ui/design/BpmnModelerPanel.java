package com.credittown.ui.design;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The full BPMN modeler for power users: bpmn-js, served as a static asset from {@code context://bpmn/} (no npm build),
 * editing the same process. Saving hands the XML to the designer, which checks it like generated BPMN. The bpmn.io
 * watermark stays visible, as bpmn-js's licence requires.
 */
class BpmnModelerPanel extends VerticalLayout {

    private final Div canvas = new Div();
    private final Supplier<String> xml;

    BpmnModelerPanel(Supplier<String> xml, Consumer<String> save, boolean readOnly) {
        this.xml = xml;
        setId("bpmn-panel");
        setSizeFull();
        canvas.setId("bpmn-canvas");
        canvas.setWidthFull();
        canvas.setHeight("600px");
        canvas.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        Span hint = new Span(getTranslation("designer.bpmn.hint"));
        Button saveButton = new Button(getTranslation("designer.bpmn.save"), e -> canvas.getElement()
                .executeJs("return this.__modeler.saveXML({format: true}).then(r => r.xml)")
                .then(String.class, save::accept));
        saveButton.setId("bpmn-save");
        saveButton.setVisible(!readOnly);
        add(hint, saveButton, canvas);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.addStyleSheet("context://bpmn/dist/assets/diagram-js.css");
        page.addStyleSheet("context://bpmn/dist/assets/bpmn-js.css");
        page.addStyleSheet("context://bpmn/dist/assets/bpmn-font/css/bpmn-embedded.css");
        page.addJavaScript("context://bpmn/dist/bpmn-modeler.production.min.js");
        reload();
    }

    /** Shows the current XML again if the modeler is on screen (after the chain was saved). */
    void reloadIfAttached() {
        if (isAttached()) {
            reload();
        }
    }

    void reload() {
        canvas.getElement().executeJs("""
                if (!this.__modeler) { this.__modeler = new BpmnJS({container: this}); }
                const modeler = this.__modeler;
                return modeler.importXML($0).then(() => {
                  // fit once the container has its size, leaving room for the palette on the left
                  requestAnimationFrame(() => modeler.get('canvas').zoom('fit-viewport', 'auto'));
                  this.setAttribute('data-imported', 'true');
                  return 'ok';
                });""", xml.get());
    }
}
