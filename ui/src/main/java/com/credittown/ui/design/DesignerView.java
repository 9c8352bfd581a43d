package com.credittown.ui.design;

import com.credittown.workflows.design.StepKind;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.credittown.platform.identity.CurrentUsers;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
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
    private final BpmnModeBanner bpmnBanner = new BpmnModeBanner(readOnly, this::discardBpmn);
    private DesignerToolbar toolbar;
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
        toolbar = new DesignerToolbar(name, readOnly, TenantPages.mayPublish(), new DesignerToolbar.Actions(
                this::save, this::validate, this::openSimulation, this::openPublish, this::openStartCase));
        toolbar.showStartCase(!readOnly && draft.publishedVersion() > 0);

        HorizontalLayout steps = new HorizontalLayout(chain, editor);
        steps.setWidthFull();
        steps.setHeight("640px");
        steps.setFlexGrow(1, chain);
        versions = new VersionsPanel(designs, processKey);
        modeler = new BpmnModelerPanel(() -> bpmn, this::saveBpmn, readOnly);
        tabs.setWidthFull();
        tabs.add(getTranslation("designer.tab.steps"), steps).setId("tab-steps");
        tabs.add(getTranslation("designer.tab.form"), formDesigner).setId("tab-form");
        tabs.add(getTranslation("designer.tab.versions"), versions).setId("tab-versions");
        tabs.add(getTranslation("designer.tab.bpmn"), modeler).setId("tab-bpmn");
        add(heading, toolbar, bpmnBanner, tabs);
        render();
    }

    private void discardBpmn() {
        take(designs.discardBpmn(processKey, CurrentUsers.actor()));
        selected = null;
        showProblems(List.of());
        modeler.reloadIfAttached();
        notify(getTranslation("designer.mode.discarded"), NotificationVariant.LUMO_SUCCESS);
    }

    private void openSimulation() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformClock.CITY_ZONE);
        boolean fromBpmn = mode == AuthoringMode.BPMN; // in BPMN mode the saved diagram, else the chain on screen
        DesignModel onScreen = model;
        new SimulationDialog(onScreen, today, (data, start) -> fromBpmn ? designs.simulate(processKey, data, start)
                : designs.simulate(onScreen, data, start), fromBpmn).open();
    }

    private void render() {
        toolbar.showMode(mode);
        bpmnBanner.show(mode, updatedBy);
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
    public void add(String blockId, int branch, StepKind kind) {
        String id = model.freshStepId();
        DesignStep step = NewSteps.of(this, id, kind);
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
        new PublishDesignDialog(reason -> designs.publish(processKey, reason, CurrentUsers.actor()), version -> {
            versions.refresh(designs.versions(processKey));
            toolbar.showStartCase(true);
            notify(getTranslation("designer.published", version.version()), NotificationVariant.LUMO_SUCCESS);
        }, this::showProblems).open();
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
