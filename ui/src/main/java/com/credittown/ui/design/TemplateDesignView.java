package com.credittown.ui.design;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.design.TemplateSteps;
import com.credittown.workflows.template.ExtraStep;
import com.credittown.workflows.template.StepChanges;
import com.credittown.workflows.template.TemplateLibrary;
import com.credittown.workflows.template.TemplateParameter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A city template in the designer: its steps as the city's BPMN has them (locked steps marked with their legal basis,
 * optional ones marked), the positions where the tenant may add its own approval steps, and the adjustable
 * parameters. The administrator adds or removes steps and changes values, then publishes them together as a new
 * version for the tenant; a change that breaks a lock is refused, with the legal reason shown on the step or the
 * parameter concerned.
 */
@Route(value = "tenants/:tenant/designer/templates/:process", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.DESIGN_READ)
public class TemplateDesignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DisplayNames names;
    private final TenantDirectory directory;
    private final TemplateSteps templateSteps;
    private final TemplateLibrary library;
    private final Map<String, Component> inputs = new LinkedHashMap<>();
    private final Map<String, Span> stepProblems = new LinkedHashMap<>();
    private final List<ExtraStep> inserted = new ArrayList<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private TemplateSteps.Template shown;
    private VerticalLayout stepList;
    private String processKey;
    private String title = "";

    public TemplateDesignView(TenantDirectory directory, TemplateSteps templateSteps, TemplateLibrary library,
                              DisplayNames names) {
        this.names = names;
        this.directory = directory;
        this.templateSteps = templateSteps;
        this.library = library;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        processKey = event.getRouteParameters().get("process").orElse("");
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        try {
            build(templateSteps.open(processKey));
        } catch (com.credittown.platform.web.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("designer.notFound", processKey));
        }
    }

    private void build(TemplateSteps.Template template) {
        removeAll();
        inputs.clear();
        title = getTranslation("designer.template.title", names.process(processKey));
        shown = template;
        inserted.clear();
        inserted.addAll(template.template().steps().inserted());
        removed.clear();
        removed.addAll(template.template().steps().removed());
        stepList = new VerticalLayout();
        stepList.setId("template-steps");
        stepList.setPadding(false);
        renderSteps();

        FormLayout parameters = new FormLayout();
        parameters.setId("template-parameters");
        boolean readOnly = TenantPages.readOnly() || !TenantPages.mayPublish();
        for (TemplateParameter parameter : template.template().parameters()) {
            Component input = input(parameter, template.template().values().get(parameter.key()));
            input.setId("parameter-" + parameter.key());
            ((HasValue<?, ?>) input).setReadOnly(readOnly);
            inputs.put(parameter.key(), input);
            parameters.add(input);
        }
        TextArea reason = new TextArea(getTranslation("designer.publish.reason"));
        reason.setId("template-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button publish = new Button(getTranslation("designer.publish"), e -> publish(template, reason));
        publish.setId("template-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(!readOnly);
        reason.setVisible(!readOnly);
        Span note = new Span(getTranslation("designer.template.stepsNote"));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2(title), new H3(getTranslation("designer.tab.steps")), note, stepList,
                new H3(getTranslation("designer.template.parameters")), parameters, reason, publish);
    }

    /** The steps in their order, each open position beside the step it follows or precedes. */
    private void renderSteps() {
        stepList.removeAll();
        stepProblems.clear();
        boolean editable = !TenantPages.readOnly() && TenantPages.mayPublish();
        for (TemplateSteps.Step step : shown.steps()) {
            shown.positions().stream().filter(p -> p.before() && step.id().equals(p.anchor()))
                    .forEach(p -> stepList.add(position(p, editable)));
            stepList.add(cityStep(step, editable));
            shown.positions().stream().filter(p -> !p.before() && step.id().equals(p.anchor()))
                    .forEach(p -> stepList.add(position(p, editable)));
        }
        shown.positions().stream().filter(p -> p.anchor() == null).forEach(p -> stepList.add(position(p, editable)));
    }

    private VerticalLayout cityStep(TemplateSteps.Step step, boolean editable) {
        VerticalLayout card = card("template-step-" + step.id());
        Span name = new Span(names.step(processKey, step.id(), step.name()));
        name.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(name);
        if (step.locked()) {
            Span lock = new Span(getTranslation("designer.template.locked"));
            lock.getElement().getThemeList().add("badge error");
            lock.addClassName("locked-step");
            head.add(lock);
        }
        if (step.optional()) {
            Span optional = new Span(getTranslation("designer.template.optional"));
            optional.getElement().getThemeList().add("badge");
            head.add(optional);
        }
        boolean goesWith = removedWith(step.id());
        if (removed.contains(step.id()) || goesWith) {
            Span gone = new Span(getTranslation("designer.template.removed"));
            gone.getElement().getThemeList().add("badge contrast");
            gone.addClassName("removed-step");
            head.add(gone);
            name.getStyle().set("text-decoration", "line-through");
        }
        if (!goesWith) {
            boolean restore = removed.contains(step.id());
            Button toggle = new Button(getTranslation(restore ? "designer.template.restore" : "designer.template.remove"),
                    e -> {
                        if (restore) {
                            removed.remove(step.id());
                        } else {
                            removed.add(step.id());
                        }
                        renderSteps();
                    });
            toggle.setId((restore ? "restore-" : "remove-") + step.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.setVisible(editable);
            head.add(toggle);
        }
        card.add(head);
        if (!step.candidateGroups().isEmpty()) {
            card.add(new Span(getTranslation("designer.simulate.assignee") + "："
                    + String.join(", ", step.candidateGroups())));
        }
        if (step.basis() != null) {
            card.add(new Span(getTranslation("designer.template.basis") + "：" + step.basis()));
        }
        card.add(problem(step.id()));
        return card;
    }

    /** Whether a step goes with an optional step this tenant removes (e.g. the registration of an extension). */
    private boolean removedWith(String id) {
        return removed.stream().map(r -> shown.template().structure().optional().get(r))
                .anyMatch(optional -> optional != null && optional.with().contains(id));
    }

    private VerticalLayout position(TemplateSteps.Position position, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setId("position-" + position.flow());
        box.setSpacing(false);
        box.getStyle().set("border", "1px dashed var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("max-width", "720px");
        String label = position.label() == null ? position.flow() : position.label().in(getLocale());
        Span title = new Span(getTranslation("designer.template.position", label, position.maxWorkingDays()));
        title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        box.add(title);
        for (ExtraStep step : inserted) {
            if (position.flow().equals(step.position())) {
                box.add(extraStep(step, editable));
            }
        }
        Button add = new Button(getTranslation("designer.template.insert"), e -> openInsert(position));
        add.setId("insert-" + position.flow());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setVisible(editable);
        box.add(add);
        return box;
    }

    private VerticalLayout extraStep(ExtraStep step, boolean editable) {
        VerticalLayout card = card("template-step-" + step.id());
        card.addClassName("extra-step");
        Span name = new Span(step.name());
        name.getStyle().set("font-weight", "600");
        Span badge = new Span(getTranslation("designer.template.extra"));
        badge.getElement().getThemeList().add("badge success");
        Button remove = new Button(getTranslation("designer.template.remove"), e -> {
            inserted.remove(step);
            renderSteps();
        });
        remove.setId("remove-" + step.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(editable);
        card.add(new HorizontalLayout(name, badge, remove));
        card.add(new Span(getTranslation("designer.template.extraSummary", step.candidateGroup(),
                step.deadlineWorkingDays())));
        card.add(problem(step.id()));
        return card;
    }

    private void openInsert(TemplateSteps.Position position) {
        Dialog dialog = new Dialog();
        dialog.setId("extra-step-dialog");
        dialog.setHeaderTitle(getTranslation("designer.template.extraDialog"));
        TextField name = new TextField(getTranslation("designer.template.extraName"));
        name.setId("extra-name");
        name.setMaxLength(100);
        name.setWidthFull();
        Select<ExtraStep.CandidateKind> kind = new Select<>();
        kind.setId("extra-kind");
        kind.setLabel(getTranslation("designer.template.extraKind"));
        kind.setItems(ExtraStep.CandidateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("designer.template.candidate." + k.name()));
        kind.setValue(ExtraStep.CandidateKind.ROLE);
        TextField candidate = new TextField(getTranslation("designer.template.extraCandidate"));
        candidate.setId("extra-candidate");
        candidate.setValue("officer");
        candidate.setHelperText(getTranslation("designer.template.extraCandidateHelp"));
        candidate.setWidthFull();
        IntegerField deadline = new IntegerField(getTranslation("designer.template.extraDeadline"));
        deadline.setId("extra-deadline");
        deadline.setMin(1);
        deadline.setMax(position.maxWorkingDays());
        deadline.setStepButtonsVisible(true);
        Button ok = new Button(getTranslation("designer.template.extraAdd"), e -> {
            inserted.add(new ExtraStep(nextId(), name.getValue().strip(), position.flow(), kind.getValue(),
                    candidate.getValue().strip(), deadline.getValue()));
            dialog.close();
            renderSteps();
        });
        ok.setId("extra-add");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, kind, candidate, deadline));
        dialog.getFooter().add(ok);
        dialog.open();
    }

    /** An id no step of the template or of this tenant uses yet. */
    private String nextId() {
        Set<String> used = new LinkedHashSet<>();
        shown.steps().forEach(step -> used.add(step.id()));
        inserted.forEach(step -> used.add(step.id()));
        int n = 1;
        while (used.contains("tenantStep" + n)) {
            n++;
        }
        return "tenantStep" + n;
    }

    private VerticalLayout card(String id) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("template-step");
        card.setId(id);
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("max-width", "720px");
        return card;
    }

    private Span problem(String stepId) {
        Span problem = new Span();
        problem.setId("problem-" + stepId);
        problem.addClassName("step-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        stepProblems.put(stepId, problem);
        return problem;
    }

    private Component input(TemplateParameter parameter, Object value) {
        String label = parameter.label() == null ? parameter.key() : parameter.label().in(getLocale());
        String helper = (parameter.locked() ? getTranslation("designer.template.locked") + " · " : "")
                + (parameter.min() != null || parameter.max() != null
                ? getTranslation("designer.template.range", parameter.min() == null ? "" : parameter.min(),
                        parameter.max() == null ? "" : parameter.max()) + " " : "")
                + (parameter.basis() == null ? "" : parameter.basis());
        return switch (parameter.type()) {
            case WORKING_DAYS, DAYS, INTEGER -> {
                IntegerField field = new IntegerField(label);
                field.setValue(value instanceof Number n ? n.intValue() : null);
                field.setHelperText(helper);
                field.setStepButtonsVisible(true);
                yield field;
            }
            case TEXT -> {
                TextField field = new TextField(label);
                field.setValue(value == null ? "" : value.toString());
                field.setHelperText(helper);
                yield field;
            }
            case LIST -> {
                TextArea field = new TextArea(label);
                field.setValue(value instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf)
                        .toList()) : "");
                field.setHelperText(helper);
                yield field;
            }
        };
    }

    private void publish(TemplateSteps.Template template, TextArea reason) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (TemplateParameter parameter : template.template().parameters()) {
            Object value = valueOf(parameter, inputs.get(parameter.key()));
            if (!Objects.equals(value, template.template().values().get(parameter.key()))) {
                changes.put(parameter.key(), value);
            }
        }
        inputs.values().forEach(c -> ((HasValidation) c).setInvalid(false));
        stepProblems.values().forEach(problem -> problem.setText(""));
        reason.setInvalid(false);
        try {
            library.publish(processKey, changes, new StepChanges(List.copyOf(inserted), List.copyOf(removed)),
                    reason.getValue(), CurrentUsers.actor());
            Notification.show(getTranslation("designer.template.published"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            build(templateSteps.open(processKey));
        } catch (InvalidInputException problems) {
            problems.errors().forEach(problem -> {
                Span onStep = problem.field().startsWith("step:")
                        ? stepProblems.get(problem.field().substring("step:".length())) : null;
                if (onStep != null) {
                    String text = Problems.explain(this, problem.code(), problem.message());
                    onStep.setText(onStep.getText().isEmpty() ? text : onStep.getText() + "；" + text);
                    return;
                }
                Component target = "reason".equals(problem.field()) ? reason : inputs.get(problem.field());
                if (target instanceof HasValidation validated) {
                    validated.setErrorMessage(Problems.explain(this, problem.code(), problem.message()));
                    validated.setInvalid(true);
                }
            });
            Notification.show(getTranslation("designer.template.refused"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Object valueOf(TemplateParameter parameter, Component input) {
        Object value = ((HasValue<?, ?>) input).getValue();
        return switch (parameter.type()) {
            case LIST -> Arrays.stream(String.valueOf(value).split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            default -> value;
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
