package com.credittown.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

/** Switches between Simplified Chinese (the default) and English and reloads the page. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        super();
        setText(getTranslation("app.language"));
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            boolean english = Translations.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage());
            VaadinSession.getCurrent().setLocale(english ? Translations.CHINESE : Translations.ENGLISH);
            ui.getPage().reload();
        });
    }
}
