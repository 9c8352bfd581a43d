package com.credittown.ui.settings;

import static com.credittown.ui.settings.SettingsEdits.DISTRICT;
import static com.credittown.ui.settings.SettingsEdits.DISTRICT_RENAME;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.workflows.district.DistrictKind;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.settings.TenantSettings;
import com.credittown.workflows.settings.TenantSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The tenant's integrity districts (诚信街区); the administrator creates, renames and closes them. */
class DistrictsTab extends VerticalLayout {

    private final Grid<TenantSettings.DistrictSetting> districts = new Grid<>();

    DistrictsTab(TenantSettingsService settings, SettingsEdits edits, boolean readOnly) {
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
                    Button renameButton = new Button(getTranslation("settings.district.rename"),
                            e -> edits.save(DISTRICT_RENAME,
                            () -> settings.renameDistrict(d.id(), rename.getValue(), CurrentUsers.actor())));
                    Button close = new Button(getTranslation("settings.district.close"), e -> edits.save(DISTRICT,
                            () -> settings.closeDistrict(d.id(), CurrentUsers.actor())));
                    close.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    actions.add(rename, renameButton, close);
                }
                return actions;
            }).setAutoWidth(true);
        }
        districts.setAllRowsVisible(true);
        add(districts);
        setPadding(false);
        if (readOnly) {
            return;
        }
        TextField name = edits.field(DISTRICT, "name", new TextField(getTranslation("settings.district.name")));
        Select<DistrictKind> kind = new Select<>();
        kind.setLabel(getTranslation("settings.district.kind"));
        kind.setItems(DistrictKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("settings.district.kind." + k));
        kind.setValue(DistrictKind.MALL);
        TextField districtAddress = edits.field(DISTRICT, "address",
                new TextField(getTranslation("settings.district.address")));
        TextField commitment = edits.field(DISTRICT, "commitmentText",
                new TextField(getTranslation("settings.district.commitment")));
        Button create = new Button(getTranslation("settings.district.create"), e -> edits.save(DISTRICT, () ->
                settings.createDistrict(new NewDistrict(name.getValue(), kind.getValue().name(),
                        districtAddress.getValue(), commitment.getValue()), CurrentUsers.actor())));
        create.setId("district-create");
        add(TenantSettingsView.row(name, kind, districtAddress, commitment, create));
    }

    void show(TenantSettings current) {
        districts.setItems(current.districts());
    }
}
