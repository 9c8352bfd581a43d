package com.credittown.ui.design;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.tasks.FormDialog;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.design.AuthoringMode;
import com.credittown.workflows.design.DesignEdit;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignProblem;
import com.credittown.workflows.design.DesignService;
import com.credittown.workflows.design.DesignStep;
import com.credittown.workflows.design.DesignViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simple designer of one process: the chain of steps with a step editor, the form designer, the versions, and
 * the BPMN modeler; Save / Validate / Simulate / Publish, and starting a case of the published process. Once a diagram
 * is saved from the modeler the design is in BPMN mode: a banner says so, the chain and forms are read-only, the
 * simulation walks the diagram, and only an explicit, confirmed discard goes back to the chain.
 */
@Route(value = "tenants/:tenant/designer/:process", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.DESIGN_READ)
public class DesignerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        ChainPanel.Actions {

    private final TenantDirectory directory;
    private final DesignService designs;
    private final CaseService cases;
    private final PlatformClock clock;
    private final boolean readOnly = TenantPages.readOnly();
    private final H2 heading = new H2();
    private final TextField name = new TextField();
    private final ChainPanel chain = new ChainPanel(this);
    private final StepEditor editor = new StepEditor(this::applyStep);
    private final FormDesigner formDesigner = new FormDesigner(this::edit);
    private final Button startCase = new Button();
    private final Div bpmnBanner = new Div();
    private Button saveButton;
    private final TabSheet tabs = new TabSheet();
    private VersionsPanel versions;
    private BpmnModelerPanel modeler;
    private String processKey;
    private DesignModel model;
    private String bpmn;
    private AuthoringMode mode = AuthoringMode.CHAIN;
    private String updatedBy;
    private String selected;
    private Map<String, List<String>> problems = Map.of();
    private String title = "";

    public DesignerView(TenantDirectory directory, DesignService designs, CaseService cases, PlatformClock clock) {
        this.directory = directory;
        this.designs = designs;
        this.cases = cases;
        this.clock = clock;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        processKey = event.getRouteParameters().get("process").orElse("");
        DesignViews.Draft draft;
        try {
            draft = designs.design(processKey);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("designer.notFound", processKey));
            return;
        }
        take(draft);
        title = getTranslation("designer.editTitle", model.name());
        build(draft);
    }

    private void take(DesignViews.Draft draft) {
        model = draft.model();
        bpmn = draft.bpmn();
        mode = draft.mode();
        updatedBy = draft.updatedBy();
    }

    /** The chain and forms may not be edited: a city-office reader, or the modeler's diagram is the source of truth. */
    private boolean chainLocked() {
        return readOnly || mode == AuthoringMode.BPMN;
    }

    private void build(DesignViews.Draft draft) {
        removeAll();
        heading.setText(title);
        name.setLabel(getTranslation("designer.field.name"));
        name.setId("process-name");
        name.setValue(model.name());
        name.setReadOnly(chainLocked());
        name.addValueChangeListener(e -> model = designs.edit(model, new DesignEdit.Rename(e.getValue())));
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.add(name);
        if (!readOnly) {
            saveButton = button("save-design", "designer.save", this::save, false);
            toolbar.add(saveButton, button("validate-design", "designer.validate", this::validate, false));
        }
        toolbar.add(button("simulate-design", "designer.simulate", this::openSimulation, false));
        if (!readOnly && TenantPages.mayPublish()) {
            toolbar.add(button("publish-design", "designer.publish", this::openPublish, true));
        }
        startCase.setText(getTranslation("designer.startCase"));
        startCase.setId("start-designed-case");
        startCase.addClickListener(e -> openStartCase());
        startCase.setVisible(!readOnly && draft.publishedVersion() > 0);
        toolbar.add(startCase);

        HorizontalLayout steps = new HorizontalLayout(chain, editor);
        steps.setWidthFull();
        steps.setHeight("640px");
        steps.setFlexGrow(1, chain);
        versions = new VersionsPanel(designs, processKey);
        modeler = new BpmnModelerPanel(() -> bpmn, this::saveBpmn, readOnly);
        tabs.getChildren().toList();
        tabs.setWidthFull();
        tabs.add(getTranslation("designer.tab.steps"), steps).setId("tab-steps");
        tabs.add(getTranslation("designer.tab.form"), formDesigner).setId("tab-form");
        tabs.add(getTranslation("designer.tab.versions"), versions).setId("tab-versions");
        tabs.add(getTranslation("designer.tab.bpmn"), modeler).setId("tab-bpmn");
        add(heading, toolbar, bpmnBanner, tabs);
        render();
    }

    /** The banner of BPMN mode: why the chain is read-only, and the way back (for those who may edit). */
    private void showMode() {
        if (saveButton != null) {
            saveButton.setVisible(mode == AuthoringMode.CHAIN);
        }
        bpmnBanner.removeAll();
        bpmnBanner.setId("bpmn-mode-banner");
        bpmnBanner.setVisible(mode == AuthoringMode.BPMN);
        bpmnBanner.setWidthFull();
        bpmnBanner.getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-10pct))")
                .set("border-left", "4px solid var(--lumo-warning-color, var(--lumo-primary-color))")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        if (mode != AuthoringMode.BPMN) {
            return;
        }
        Span text = new Span(getTranslation("designer.mode.bpmn.banner", updatedBy == null ? "" : updatedBy));
        text.setId("bpmn-mode-text");
        bpmnBanner.add(text);
        if (!readOnly) {
            Button discard = new Button(getTranslation("designer.mode.discard"), e -> confirmDiscard());
            discard.setId("discard-bpmn");
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            discard.getStyle().set("margin-left", "var(--lumo-space-m)");
            bpmnBanner.add(discard);
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
            take(designs.discardBpmn(processKey, CurrentUsers.actor()));
            selected = null;
            showProblems(List.of());
            modeler.reloadIfAttached();
            notify(getTranslation("designer.mode.discarded"), NotificationVariant.LUMO_SUCCESS);
        });
        ok.setId("discard-bpmn-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("form.cancel"), e -> dialog.close());
        cancel.setId("discard-bpmn-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private void openSimulation() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformClock.CITY_ZONE);
        if (mode == AuthoringMode.BPMN) {
            new SimulationDialog(model, today, (data, start) -> designs.simulate(processKey, data, start), true).open();
        } else {
            DesignModel onScreen = model;
            new SimulationDialog(onScreen, today, (data, start) -> designs.simulate(onScreen, data, start), false)
                    .open();
        }
    }

    private Button button(String id, String key, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void render() {
        showMode();
        name.setReadOnly(chainLocked());
        chain.render(model, problems, selected, chainLocked());
        formDesigner.show(model, problems, chainLocked());
        Optional<DesignStep> step = selected == null ? Optional.empty() : model.step(selected);
        if (step.isPresent() && !chainLocked()) {
            editor.show(step.get(), model);
        } else {
            editor.showNothing();
        }
    }

    /** One edit of the model on screen, computed once by the design service, then shown. */
    private void edit(DesignEdit edit) {
        model = designs.edit(model, edit);
        render();
    }

    private void applyStep(DesignStep step) {
        edit(new DesignEdit.ReplaceStep(step));
    }

    @Override
    public void select(DesignStep step) {
        selected = step.id();
        render();
    }

    @Override
    public void move(String id, int delta) {
        edit(new DesignEdit.MoveStep(id, delta));
    }

    @Override
    public void remove(String id) {
        if (id.equals(selected)) {
            selected = null;
        }
        edit(new DesignEdit.RemoveStep(id));
    }

    @Override
    public void add(String blockId, int branch, DesignStep.StepKind kind) {
        String id = model.freshStepId();
        DesignStep.Assignee officers = new DesignStep.Assignee(DesignStep.AssigneeKind.ROLE, Roles.OFFICER);
        String name = getTranslation("designer.kind." + kind.name());
        DesignStep step = switch (kind) {
            case APPROVAL -> DesignStep.approval(id, name, officers, 5, List.of());
            case COPY_TO -> DesignStep.copyTo(id, name, officers);
            case PARALLEL -> DesignStep.parallel(id, name, List.of(
                    new DesignStep.Branch(getTranslation("designer.branch.name") + 1, null, List.of()),
                    new DesignStep.Branch(getTranslation("designer.branch.name") + 2, null, List.of())));
            case CONDITION -> DesignStep.condition(id, name, List.of(
                    new DesignStep.Branch(getTranslation("designer.branch.name") + 1,
                            new DesignStep.Condition(null, DesignStep.Operator.EQUALS, ""), List.of()),
                    new DesignStep.Branch(getTranslation("designer.branch.default"), null, List.of())));
        };
        selected = id;
        edit(new DesignEdit.AppendStep(blockId, branch, step));
    }

    private boolean save() {
        if (mode == AuthoringMode.BPMN) {
            return true; // nothing on screen to save: the diagram was saved from the modeler
        }
        try {
            DesignViews.Draft saved = designs.save(processKey, model, CurrentUsers.actor());
            bpmn = saved.bpmn();
            showProblems(List.of());
            notify(getTranslation("designer.saved"), NotificationVariant.LUMO_SUCCESS);
            modeler.reloadIfAttached();
            return true;
        } catch (InvalidInputException e) {
            showProblems(e.errors());
            notify(getTranslation("designer.invalid"), NotificationVariant.LUMO_ERROR);
            return false;
        } catch (ConflictException e) {
            // another tab saved a diagram from the modeler meanwhile: say so and show the design as it is now
            take(designs.design(processKey));
            selected = null;
            showProblems(List.of());
            modeler.reloadIfAttached();
            Notification.show(getTranslation("designer.mode.conflict", updatedBy), 10_000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void saveBpmn(String xml) {
        try {
            DesignViews.Draft saved = designs.saveBpmn(processKey, xml, CurrentUsers.actor());
            take(saved);
            selected = null;
            showProblems(List.of());
            notify(getTranslation("designer.bpmn.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showProblems(e.errors());
            notify(getTranslation("designer.invalid") + " " + String.join("；", problems.values().stream()
                    .flatMap(List::stream).toList()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void validate() {
        List<DesignProblem> found = mode == AuthoringMode.BPMN ? designs.validate(processKey)
                : designs.validate(processKey, model);
        showProblems(found.stream().map(p -> new FieldProblem(p.target(), p.code(), p.message())).toList());
        if (found.isEmpty()) {
            notify(getTranslation("designer.valid"), NotificationVariant.LUMO_SUCCESS);
        } else {
            notify(getTranslation("designer.invalid"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void showProblems(List<FieldProblem> errors) {
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        for (FieldProblem problem : errors) {
            byTarget.computeIfAbsent(problem.field(), k -> new java.util.ArrayList<>())
                    .add(Problems.explain(this, problem.code(), problem.message()));
        }
        problems = byTarget;
        render();
    }

    private void openPublish() {
        if (!save()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("publish-dialog");
        dialog.setHeaderTitle(getTranslation("designer.publish"));
        TextArea reason = new TextArea(getTranslation("designer.publish.reason"));
        reason.setId("publish-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Button ok = new Button(getTranslation("designer.publish.confirm"), e -> {
            try {
                DesignViews.Version version = designs.publish(processKey, reason.getValue(), CurrentUsers.actor());
                dialog.close();
                versions.refresh(designs.versions(processKey));
                startCase.setVisible(true);
                notify(getTranslation("designer.published", version.version()), NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problems) {
                reason.setErrorMessage(problems.errors().stream().filter(p -> "reason".equals(p.field()))
                        .map(p -> Problems.explain(this, p.code(), p.message())).findFirst()
                        .orElse(getTranslation("designer.invalid")));
                reason.setInvalid(true);
                showProblems(problems.errors().stream().filter(p -> !"reason".equals(p.field())).toList());
            }
        });
        ok.setId("publish-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.setWidth("min(560px, 100vw)");
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void openStartCase() {
        new FormDialog(cases.startForm(processKey), data -> cases.start(processKey, CurrentUsers.actor(), data),
                () -> { }).open();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
