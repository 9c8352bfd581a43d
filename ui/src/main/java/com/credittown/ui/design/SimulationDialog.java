package com.credittown.ui.design;

import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignService;
import com.credittown.workflows.design.Simulation;
import com.credittown.workflows.form.FormField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Simulate: sample form data and a start date in, the steps reached, who gets them and their deadline dates out. */
class SimulationDialog extends Dialog {

    SimulationDialog(DesignService designs, DesignModel model, LocalDate today) {
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
        Grid<Simulation.Reached> result = new Grid<>();
        result.setId("simulation-grid");
        result.addColumn(Simulation.Reached::name).setHeader(getTranslation("designer.simulate.step")).setAutoWidth(true);
        result.addColumn(r -> getTranslation("designer.kind." + r.kind().name()))
                .setHeader(getTranslation("designer.simulate.kind"));
        result.addColumn(r -> r.branch() == null ? "" : r.branch()).setHeader(getTranslation("designer.simulate.branch"));
        result.addColumn(Simulation.Reached::assignee).setHeader(getTranslation("designer.simulate.assignee"))
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
            result.setItems(designs.simulate(model, data, start.getValue()).steps());
        });
        run.setId("simulation-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(inputs, run, result);
        getFooter().add(new Button(getTranslation("designer.close"), e -> close()));
    }
}
