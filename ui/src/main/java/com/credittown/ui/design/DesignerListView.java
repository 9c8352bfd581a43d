package com.credittown.ui.design;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignService;
import com.credittown.workflows.design.DesignStep;
import com.credittown.workflows.design.DesignViews;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import com.credittown.workflows.template.TemplateLibrary;
import com.credittown.workflows.template.TemplateView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The designer's start page: the tenant's designs (drafts and published) and the city templates it runs. */
@Route(value = "tenants/:tenant/designer", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.DESIGN_READ)
public class DesignerListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final DisplayNames names;
    private final TenantDirectory directory;
    private final DesignService designs;
    private final TemplateLibrary templates;
    private final Grid<DesignViews.Summary> designGrid = new Grid<>();
    private final Grid<TemplateView> templateGrid = new Grid<>();
    private final H2 heading = new H2();
    private String tenant = "";
    private String title = "";

    public DesignerListView(TenantDirectory directory, DesignService designs, TemplateLibrary templates,
                            DisplayNames names) {
        this.names = names;
        this.directory = directory;
        this.designs = designs;
        this.templates = templates;
        setSizeFull();
        Button create = new Button(getTranslation("designer.new"), e -> openNewDialog());
        create.setId("new-design");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!TenantPages.readOnly());

        designGrid.setId("design-grid");
        designGrid.addColumn(DesignViews.Summary::name).setHeader(getTranslation("designer.column.name")).setAutoWidth(true);
        designGrid.addColumn(DesignViews.Summary::processKey).setHeader(getTranslation("designer.column.key"));
        designGrid.addColumn(d -> d.publishedVersion() == 0 ? getTranslation("designer.status.draft")
                : getTranslation("designer.status.published", d.publishedVersion()))
                .setHeader(getTranslation("designer.column.status"));
        designGrid.addColumn(d -> WHEN.format(d.updatedAt()) + " " + d.updatedBy())
                .setHeader(getTranslation("designer.column.updated"));
        designGrid.addComponentColumn(d -> {
            Button open = new Button(getTranslation("designer.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate("tenants/" + tenant + "/designer/" + d.processKey())));
            open.setId("open-" + d.processKey());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        });
        designGrid.setEmptyStateText(getTranslation("designer.empty"));
        designGrid.setAllRowsVisible(true);

        templateGrid.setId("template-grid");
        templateGrid.addColumn(t -> names.process(t.processKey()))
                .setHeader(getTranslation("designer.column.name")).setAutoWidth(true);
        templateGrid.addColumn(TemplateView::processKey).setHeader(getTranslation("designer.column.key"));
        templateGrid.addColumn(t -> t.version() == 0 ? getTranslation("designer.template.cityValues")
                : getTranslation("designer.status.published", t.version()))
                .setHeader(getTranslation("designer.column.status"));
        templateGrid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("designer.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate("tenants/" + tenant + "/designer/templates/" + t.processKey())));
            open.setId("open-template-" + t.processKey());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        });
        templateGrid.setAllRowsVisible(true);

        add(new HorizontalLayout(heading, create), new H3(getTranslation("designer.designs")), designGrid,
                new H3(getTranslation("designer.templates")), templateGrid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Tenant> found = TenantPages.current(directory);
        if (found.isEmpty()) {
            return;
        }
        tenant = found.get().id().code();
        title = getTranslation("designer.title", found.get().name(getLocale()));
        heading.setText(title);
        designGrid.setItems(designs.designs());
        templateGrid.setItems(templates.templates());
    }

    private void openNewDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("designer.new"));
        TextField key = new TextField(getTranslation("designer.field.key"));
        key.setId("new-key");
        key.setHelperText(getTranslation("designer.field.keyHelp"));
        key.setMaxLength(50);
        TextField name = new TextField(getTranslation("designer.field.name"));
        name.setId("new-name");
        name.setMaxLength(100);
        Button ok = new Button(getTranslation("designer.create"), e -> {
            try {
                designs.create(key.getValue().strip(), starter(name.getValue().strip()), CurrentUsers.actor());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("tenants/" + tenant + "/designer/" + key.getValue().strip()));
            } catch (InvalidInputException problems) {
                String message = problems.errors().stream().map(p -> Problems.explain(this, p.code(), p.message()))
                        .reduce((a, b) -> a + "；" + b).orElse("");
                key.setErrorMessage(message);
                key.setInvalid(true);
            }
        });
        ok.setId("create-design");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(key, name));
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** A new design starts valid: one approval by the officers within 5 working days, with an opinion field. */
    private DesignModel starter(String name) {
        FormField opinion = new FormField("opinion", FieldType.TEXTAREA,
                new LocalizedText(getTranslation("designer.starter.opinion"), "Opinion"), true, null, 1000, List.of());
        return new DesignModel(name, List.of(opinion), List.of(), List.of(DesignStep.approval("step1",
                getTranslation("designer.starter.step"), new Assignee(AssigneeKind.ROLE,
                        Roles.OFFICER), 5, List.of("opinion"))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
