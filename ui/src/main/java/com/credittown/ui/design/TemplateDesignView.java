package com.credittown.ui.design;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.design.TemplateSteps;
import com.credittown.workflows.template.TemplateLibrary;
import com.credittown.workflows.template.TemplateParameter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A city template in the designer: its steps as the city's BPMN has them (steps the city office locks marked with
 * their basis, optional ones marked), the positions where the tenant may add its own approval steps, and the adjustable
 * parameters. The administrator adds or removes steps and changes values, then publishes them together as a new
 * version for the tenant; a change that breaks a lock is refused, with the reason and its basis shown on the step or the
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
    private TemplateStepsPanel steps;
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
        steps = new TemplateStepsPanel(names, processKey, template);

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
        add(new H2(title), new H3(getTranslation("designer.tab.steps")), note, steps,
                new H3(getTranslation("designer.template.parameters")), parameters, reason, publish);
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
        steps.clearProblems();
        reason.setInvalid(false);
        try {
            library.publish(processKey, changes, steps.changes(),
                    reason.getValue(), CurrentUsers.actor());
            Notification.show(getTranslation("designer.template.published"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            build(templateSteps.open(processKey));
        } catch (InvalidInputException problems) {
            problems.errors().forEach(problem -> {
                if (problem.field().startsWith("step:") && steps.showProblem(problem.field().substring(
                        "step:".length()), Problems.explain(this, problem.code(), problem.message()))) {
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
