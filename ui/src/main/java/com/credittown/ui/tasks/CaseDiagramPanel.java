package com.credittown.ui.tasks;

import com.credittown.workflows.cases.CaseDiagram;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.Set;

/**
 * The case's process diagram, drawn by the bpmn-js viewer (served with the modeler from {@code context://bpmn/}), with
 * the steps done, current and overdue marked (CSS markers: {@code ct-done}, {@code ct-current}, {@code ct-overdue} on
 * the step's SVG element) and a legend. The viewer is loaded once per page and kept apart from the designer's modeler
 * (both publish the global {@code BpmnJS}). The bpmn.io watermark stays visible, as bpmn-js's licence requires.
 */
class CaseDiagramPanel extends VerticalLayout {

    static final String VIEWER = "bpmn/dist/bpmn-navigated-viewer.production.min.js";

    private final Div canvas = new Div();
    private CaseDiagram diagram;

    CaseDiagramPanel() {
        setPadding(false);
        setSpacing(false);
        setId("case-diagram-panel");
        canvas.setId("case-diagram");
        canvas.setWidthFull();
        canvas.setHeight("360px");
        canvas.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        HorizontalLayout legend = new HorizontalLayout(
                key("ct-legend-done", "case.diagram.done"),
                key("ct-legend-current", "case.diagram.current"),
                key("ct-legend-overdue", "case.diagram.overdue"),
                key("ct-legend-pending", "case.diagram.pending"));
        legend.setId("case-diagram-legend");
        legend.getStyle().set("flex-wrap", "wrap").set("font-size", "var(--lumo-font-size-s)");
        add(legend, canvas);
    }

    private Span key(String swatchClass, String text) {
        Span swatch = new Span();
        swatch.addClassNames("ct-legend-swatch", swatchClass);
        Span key = new Span(swatch, new Span(getTranslation(text)));
        key.addClassName("ct-legend-key");
        return key;
    }

    void show(CaseDiagram diagram) {
        this.diagram = diagram;
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.addStyleSheet("context://bpmn/dist/assets/diagram-js.css");
        page.addStyleSheet("context://bpmn/dist/assets/bpmn-js.css");
        page.addStyleSheet("context://css/case-diagram.css");
        if (diagram != null) {
            draw();
        }
    }

    private void draw() {
        canvas.getElement().removeAttribute("data-rendered");
        canvas.getElement().executeJs("""
                const el = this;
                if (!window.__ctBpmnViewer) {
                  // the viewer's bundle publishes the global BpmnJS, as the designer's modeler does: keep the viewer
                  // for ourselves and give the global back to whoever had it
                  window.__ctBpmnViewer = new Promise((resolve, reject) => {
                    const before = window.BpmnJS;
                    const script = document.createElement('script');
                    script.src = new URL($4, document.baseURI).href;
                    script.onload = () => {
                      const viewer = window.BpmnJS;
                      if (before) { window.BpmnJS = before; }
                      resolve(viewer);
                    };
                    script.onerror = () => { window.__ctBpmnViewer = null; reject(new Error('bpmn-js viewer')); };
                    document.head.appendChild(script);
                  });
                }
                return window.__ctBpmnViewer.then(Viewer => {
                  if (el.__viewer) { el.__viewer.destroy(); }
                  el.__viewer = new Viewer({container: el});
                  return el.__viewer.importXML($0);
                }).then(() => {
                  const canvas = el.__viewer.get('canvas');
                  const registry = el.__viewer.get('elementRegistry');
                  const mark = (ids, marker) => ids.forEach(id => { if (registry.get(id)) { canvas.addMarker(id, marker); } });
                  mark($1, 'ct-done');
                  mark($2, 'ct-current');
                  mark($3, 'ct-overdue');
                  canvas.zoom('fit-viewport', 'auto');
                  el.setAttribute('data-rendered', 'true');
                  return 'ok';
                });""", diagram.bpmnXml(), ids(diagram.done()), ids(diagram.current()), ids(diagram.overdue()), VIEWER);
    }

    private static JsonArray ids(Set<String> ids) {
        JsonArray array = Json.createArray();
        ids.stream().sorted().forEach(id -> array.set(array.length(), id));
        return array;
    }
}
