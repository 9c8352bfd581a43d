package com.credittown.ui.settings;

import static com.credittown.ui.settings.SettingsEdits.CONTACT;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.workflows.settings.ContactDetails;
import com.credittown.workflows.settings.TenantSettingsService;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/** The tenant's contact details (office, address, telephone, e-mail); the administrator edits them. */
class ContactTab extends VerticalLayout {

    private final TextField officeName = new TextField();
    private final TextField address = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();

    ContactTab(TenantSettingsService settings, SettingsEdits edits, boolean readOnly) {
        officeName.setLabel(getTranslation("settings.contact.officeName"));
        address.setLabel(getTranslation("settings.contact.address"));
        phone.setLabel(getTranslation("settings.contact.phone"));
        email.setLabel(getTranslation("settings.contact.email"));
        officeName.setId("contact-officeName");
        address.setId("contact-address");
        phone.setId("contact-phone");
        email.setId("contact-email");
        edits.field(CONTACT, "officeName", officeName);
        edits.field(CONTACT, "address", address);
        edits.field(CONTACT, "phone", phone);
        edits.field(CONTACT, "email", email);
        FormLayout form = new FormLayout(officeName, address, phone, email);
        add(form);
        setPadding(false);
        if (readOnly) {
            form.getChildren().forEach(c -> ((HasValue<?, ?>) c).setReadOnly(true));
        } else {
            Button save = new Button(getTranslation("settings.contact.save"), e -> edits.save(CONTACT,
                    () -> settings.updateContact(new ContactDetails(officeName.getValue(), address.getValue(),
                            phone.getValue(), email.getValue()), CurrentUsers.actor())));
            save.setId("contact-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    void show(Optional<ContactDetails> contact) {
        officeName.setValue(contact.map(ContactDetails::officeName).orElse(""));
        address.setValue(contact.map(ContactDetails::address).orElse(""));
        phone.setValue(contact.map(ContactDetails::phone).orElse(""));
        email.setValue(contact.map(ContactDetails::email).orElse(""));
    }
}
