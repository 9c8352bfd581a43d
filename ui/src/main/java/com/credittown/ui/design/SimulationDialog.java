package com.credittown.ui.design;

import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.SimulatedStep;
import com.credittown.workflows.design.Simulation;
import com.credittown.workflows.design.SimulationNote;
import com.credittown.workflows.form.FormField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Simulate: sample form data and a start date in, the steps reached, who gets them and their deadline dates out; for
 * a diagram from the modeler, also what the simulation could not decide (it stops there rather than guess).
 */
class SimulationDialog extends Dialog {

    /**
     * @param model    the design's forms, for the sample fields
     * @param simulate runs the chain on screen, or the saved diagram in BPMN mode
     * @param fromBpmn whether the diagram from the modeler is simulated (said above the inputs)
     */
    SimulationDialog(DesignModel model, LocalDate today, BiFunction<Map<String, Object>, LocalDate, Simulation> simulate,
                     boolean fromBpmn) {
        setId("simulation-dialog");
        setHeaderTitle(getTranslation("designer.simulate"));
        setWidth("min(960px, 100vw)");
        Map<String, TextField> sample = new LinkedHashMap<>();
        FormLayout inputs = new FormLayout();
        DatePicker start = new DatePicker(getTranslation("designer.simulate.start"), today);
        start.setId("simulation-start");
        start.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        inputs.add(start);
        for (FormField field : model.fields()) {
            TextField input = new TextField(field.label() == null ? field.key() : field.label().in(getLocale()));
            input.setId("sample-" + field.key());
            sample.put(field.key(), input);
            inputs.add(input);
        }
        Span source = new Span(getTranslation(fromBpmn ? "designer.simulate.fromBpmn" : "designer.simulate.fromChain"));
        source.setId("simulation-source");
        VerticalLayout notes = new VerticalLayout();
        notes.setId("simulation-notes");
        notes.setPadding(false);
        notes.setSpacing(false);
        Grid<SimulatedStep> result = new Grid<>();
        result.setId("simulation-grid");
        result.addColumn(SimulatedStep::name).setHeader(getTranslation("designer.simulate.step")).setAutoWidth(true);
        result.addColumn(r -> getTranslation("designer.kind." + r.kind().name()))
                .setHeader(getTranslation("designer.simulate.kind"));
        result.addColumn(r -> r.branch() == null ? "" : r.branch()).setHeader(getTranslation("designer.simulate.branch"));
        result.addColumn(SimulatedStep::assignee).setHeader(getTranslation("designer.simulate.assignee"))
                .setAutoWidth(true);
        result.addColumn(r -> r.deadlineWorkingDays() == null ? ""
                : getTranslation("designer.card.deadline", r.deadlineWorkingDays()))
                .setHeader(getTranslation("designer.simulate.deadline"));
        result.addColumn(r -> r.dueOn() == null ? "" : r.dueOn() + (r.flagged()
                        ? " " + getTranslation("designer.simulate.flagged") : ""))
                .setHeader(getTranslation("designer.simulate.due")).setAutoWidth(true);
        result.setAllRowsVisible(true);
        Button run = new Button(getTranslation("designer.simulate.run"), e -> {
            Map<String, Object> data = new LinkedHashMap<>();
            sample.forEach((key, input) -> {
                if (!input.getValue().isBlank()) {
                    data.put(key, input.getValue().strip());
                }
            });
            Simulation simulation = simulate.apply(data, start.getValue());
            result.setItems(simulation.steps());
            notes.removeAll();
            for (SimulationNote note : simulation.notes()) {
                Span line = new Span(getTranslation("designer.simulate.note." + note.code(),
                        note.elementName() == null ? "" : note.elementName()) + "（" + note.message() + "）");
                line.addClassName("simulation-note");
                line.getStyle().set("color", "var(--lumo-error-text-color)");
                notes.add(line);
            }
        });
        run.setId("simulation-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(source, inputs, run, notes, result);
        getFooter().add(new Button(getTranslation("designer.close"), e -> close()));
    }
}
