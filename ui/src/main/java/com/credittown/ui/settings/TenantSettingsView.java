package com.credittown.ui.settings;

import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.credittown.workflows.settings.SettingsChange;
import com.credittown.workflows.settings.TenantSettings;
import com.credittown.workflows.settings.TenantSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A tenant's settings: departments and their reviewers, integrity districts, contact details, and the history of
 * every change. The tenant's administrator edits; the city office reads any tenant's; nobody else gets in.
 */
@Route(value = "tenants/:tenant/settings", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.SETTINGS_READ)
public class TenantSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final TenantDirectory directory;
    private final TenantSettingsService settings;
    private final H2 heading = new H2();
    private final Paragraph version = new Paragraph();
    private final DepartmentsTab departments;
    private final DistrictsTab districts;
    private final ContactTab contact;
    private final Grid<SettingsChange> history = new Grid<>();
    private final Anchor templates = new Anchor();
    private String title = "";

    public TenantSettingsView(TenantDirectory directory, TenantSettingsService settings) {
        this.directory = directory;
        this.settings = settings;
        boolean readOnly = !AccessPolicy.allows(Permission.SETTINGS_EDIT);
        SettingsEdits edits = new SettingsEdits(this, this::reload);
        departments = new DepartmentsTab(settings, edits, readOnly);
        districts = new DistrictsTab(settings, edits, readOnly);
        contact = new ContactTab(settings, edits, readOnly);
        version.setId("settings-version");
        TabSheet sheet = new TabSheet();
        sheet.setId("settings-tabs");
        sheet.setWidthFull();
        sheet.add(getTranslation("settings.tab.departments"), departments);
        sheet.add(getTranslation("settings.tab.districts"), districts);
        sheet.add(getTranslation("settings.tab.contact"), contact);
        sheet.add(getTranslation("settings.tab.history"), historyTab());
        templates.setText(getTranslation("settings.templates"));
        templates.setId("settings-templates");
        add(heading, version, templates);
        if (readOnly) {
            Paragraph note = new Paragraph(getTranslation("settings.readOnly"));
            note.setId("settings-read-only");
            add(note);
        }
        add(sheet);
    }

    private Component historyTab() {
        history.setId("settings-history");
        history.addColumn(SettingsChange::version).setHeader(getTranslation("settings.history.version"));
        history.addColumn(c -> getTranslation("settings.section." + c.section()))
                .setHeader(getTranslation("settings.history.section"));
        history.addColumn(SettingsChange::change).setHeader(getTranslation("settings.history.change")).setAutoWidth(true);
        history.addColumn(SettingsChange::changedBy).setHeader(getTranslation("settings.history.by"));
        history.addColumn(c -> WHEN.format(c.changedAt())).setHeader(getTranslation("settings.history.at"));
        history.setAllRowsVisible(true);
        return history;
    }

    /** A row of inputs and buttons, aligned on their text and wrapping on a narrow screen. */
    static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void reload() {
        TenantSettings current = settings.current();
        version.setText(getTranslation("settings.version", current.version()));
        departments.show(current);
        districts.show(current);
        contact.show(current.contact());
        history.setItems(settings.history());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        title = getTranslation("settings.title", tenant.get().name(getLocale()));
        heading.setText(title);
        templates.setHref("tenants/" + code + "/designer");
        reload();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
