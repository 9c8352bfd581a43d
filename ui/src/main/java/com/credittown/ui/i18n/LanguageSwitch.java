package com.credittown.ui.i18n;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Switches between Simplified Chinese (the default) and English and reloads the page ({@link LanguageChoice}). */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        super();
        setText(getTranslation("app.language"));
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> LanguageChoice.toggle());
    }
}
