package com.credittown.ui.settings;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.TenantPages;
import com.credittown.workflows.district.DistrictKind;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.settings.ContactDetails;
import com.credittown.workflows.settings.SettingsChange;
import com.credittown.workflows.settings.TenantSettings;
import com.credittown.workflows.settings.TenantSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    private final boolean readOnly = !AccessPolicy.allows(Permission.SETTINGS_EDIT);
    private final H2 heading = new H2();
    private final Paragraph version = new Paragraph();
    private final Grid<TenantSettings.DepartmentView> departments = new Grid<>();
    private final Grid<TenantSettings.DistrictSetting> districts = new Grid<>();
    private final Grid<SettingsChange> history = new Grid<>();
    private final TextField officeName = new TextField();
    private final TextField address = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Map<String, Component> fields = new HashMap<>();
    private final Anchor templates = new Anchor();
    private final ComboBox<String> reviewerDepartment = new ComboBox<>();
    private String title = "";

    public TenantSettingsView(TenantDirectory directory, TenantSettingsService settings) {
        this.directory = directory;
        this.settings = settings;
        version.setId("settings-version");
        TabSheet sheet = new TabSheet();
        sheet.setId("settings-tabs");
        sheet.setWidthFull();
        sheet.add(getTranslation("settings.tab.departments"), departmentsTab());
        sheet.add(getTranslation("settings.tab.districts"), districtsTab());
        sheet.add(getTranslation("settings.tab.contact"), contactTab());
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

    private Component departmentsTab() {
        departments.setId("settings-departments");
        departments.addColumn(TenantSettings.DepartmentView::code).setHeader(getTranslation("settings.department.code"))
                .setAutoWidth(true);
        departments.addColumn(TenantSettings.DepartmentView::name).setHeader(getTranslation("settings.department.name"))
                .setAutoWidth(true);
        departments.addColumn(d -> String.join("、", d.reviewers().stream().map(r -> r.username()
                        + ("DONE".equals(r.state()) ? "" : "（" + getTranslation("settings.reviewer." + r.state()) + "）"))
                        .toList()))
                .setHeader(getTranslation("settings.department.reviewers")).setAutoWidth(true);
        departments.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout(departments);
        tab.setPadding(false);
        if (!readOnly) {
            TextField code = field("code", new TextField(getTranslation("settings.department.code")));
            TextField name = field("name", new TextField(getTranslation("settings.department.name")));
            code.setId("department-code");
            name.setId("department-name");
            Button add = new Button(getTranslation("settings.department.add"), e -> save(
                    () -> settings.addDepartment(code.getValue(), name.getValue(), CurrentUsers.actor())));
            add.setId("department-add");
            ComboBox<String> department = reviewerDepartment;
            department.setAllowCustomValue(false);
            department.setId("reviewer-department");
            department.setLabel(getTranslation("settings.reviewer.department"));
            TextField username = field("username", new TextField(getTranslation("settings.reviewer.username")));
            username.setId("reviewer-username");
            Button addReviewer = new Button(getTranslation("settings.reviewer.add"), e -> save(
                    () -> settings.addReviewer(department.getValue(), username.getValue(), CurrentUsers.actor())));
            addReviewer.setId("reviewer-add");
            addReviewer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button removeReviewer = new Button(getTranslation("settings.reviewer.remove"), e -> save(
                    () -> settings.removeReviewer(username.getValue(), CurrentUsers.actor())));
            removeReviewer.setId("reviewer-remove");
            tab.add(row(code, name, add), row(department, username, addReviewer, removeReviewer));
        }
        return tab;
    }

    private Component districtsTab() {
        districts.setId("settings-districts");
        districts.addColumn(TenantSettings.DistrictSetting::name).setHeader(getTranslation("settings.district.name"))
                .setAutoWidth(true);
        districts.addColumn(d -> getTranslation("settings.district.kind." + d.kind()))
                .setHeader(getTranslation("settings.district.kind"));
        districts.addColumn(TenantSettings.DistrictSetting::address)
                .setHeader(getTranslation("settings.district.address")).setAutoWidth(true);
        districts.addColumn(d -> getTranslation(d.closed() ? "settings.district.closed" : "settings.district.open"))
                .setHeader(getTranslation("settings.district.state"));
        if (!readOnly) {
            districts.addComponentColumn(d -> {
                HorizontalLayout actions = new HorizontalLayout();
                if (!d.closed()) {
                    TextField rename = new TextField();
                    rename.setPlaceholder(getTranslation("settings.district.newName"));
                    Button renameButton = new Button(getTranslation("settings.district.rename"), e -> save(
                            () -> settings.renameDistrict(d.id(), rename.getValue(), CurrentUsers.actor())));
                    Button close = new Button(getTranslation("settings.district.close"), e -> save(
                            () -> settings.closeDistrict(d.id(), CurrentUsers.actor())));
                    close.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    actions.add(rename, renameButton, close);
                }
                return actions;
            }).setAutoWidth(true);
        }
        districts.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout(districts);
        tab.setPadding(false);
        if (!readOnly) {
            TextField name = field("name", new TextField(getTranslation("settings.district.name")));
            Select<DistrictKind> kind = new Select<>();
            kind.setLabel(getTranslation("settings.district.kind"));
            kind.setItems(DistrictKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("settings.district.kind." + k));
            kind.setValue(DistrictKind.MALL);
            TextField districtAddress = field("address", new TextField(getTranslation("settings.district.address")));
            TextField commitment = field("commitmentText",
                    new TextField(getTranslation("settings.district.commitment")));
            Button create = new Button(getTranslation("settings.district.create"), e -> save(() ->
                    settings.createDistrict(new NewDistrict(name.getValue(), kind.getValue().name(),
                            districtAddress.getValue(), commitment.getValue()), CurrentUsers.actor())));
            create.setId("district-create");
            tab.add(row(name, kind, districtAddress, commitment, create));
        }
        return tab;
    }

    private Component contactTab() {
        officeName.setLabel(getTranslation("settings.contact.officeName"));
        address.setLabel(getTranslation("settings.contact.address"));
        phone.setLabel(getTranslation("settings.contact.phone"));
        email.setLabel(getTranslation("settings.contact.email"));
        officeName.setId("contact-officeName");
        address.setId("contact-address");
        phone.setId("contact-phone");
        email.setId("contact-email");
        fields.put("officeName", officeName);
        fields.put("address", address);
        fields.put("phone", phone);
        fields.put("email", email);
        FormLayout form = new FormLayout(officeName, address, phone, email);
        VerticalLayout tab = new VerticalLayout(form);
        tab.setPadding(false);
        if (readOnly) {
            form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(true));
        } else {
            Button save = new Button(getTranslation("settings.contact.save"), e -> save(() -> settings.updateContact(
                    new ContactDetails(officeName.getValue(), address.getValue(), phone.getValue(), email.getValue()),
                    CurrentUsers.actor())));
            save.setId("contact-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(save);
        }
        return tab;
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

    private <T extends Component> T field(String key, T component) {
        fields.put(key, component);
        return component;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void save(Supplier<SettingsChange> change) {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
        try {
            SettingsChange done = change.get();
            Notification.show(getTranslation("settings.saved", done.version()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidInputException problems) {
            for (FieldProblem problem : problems.errors()) {
                if (fields.get(problem.field()) instanceof HasValidation v) {
                    v.setErrorMessage(explain(problem));
                    v.setInvalid(true);
                }
            }
            error(getTranslation("form.invalid") + "：" + problems.errors().stream().map(this::explain)
                    .reduce((a, b) -> a + "；" + b).orElse(""));
        } catch (ConflictException | com.credittown.platform.web.NotFoundException refused) {
            error(getTranslation("settings.refused"));
        }
    }

    private String explain(FieldProblem problem) {
        String translated = getTranslation("settings.error." + problem.code());
        if (translated.startsWith("!")) {
            translated = getTranslation("form.error." + problem.code());
        }
        return translated.startsWith("!") ? problem.message() : translated;
    }

    private void error(String message) {
        Notification note = Notification.show(message, 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("settings-error");
    }

    private void reload() {
        TenantSettings current = settings.current();
        version.setText(getTranslation("settings.version", current.version()));
        departments.setItems(current.departments());
        String chosen = reviewerDepartment.getValue();
        reviewerDepartment.setItems(current.departments().stream().map(TenantSettings.DepartmentView::code).toList());
        reviewerDepartment.setItemLabelGenerator(code -> current.departments().stream()
                .filter(d -> d.code().equals(code)).findFirst().map(d -> code + " · " + d.name()).orElse(code));
        if (chosen != null) {
            reviewerDepartment.setValue(chosen);
        }
        districts.setItems(current.districts());
        Optional<ContactDetails> contact = current.contact();
        officeName.setValue(contact.map(ContactDetails::officeName).orElse(""));
        address.setValue(contact.map(ContactDetails::address).orElse(""));
        phone.setValue(contact.map(ContactDetails::phone).orElse(""));
        email.setValue(contact.map(ContactDetails::email).orElse(""));
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
