package com.credittown.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The language a user chose in this browser session: Simplified Chinese unless they switched to English. Kept in
 * the Vaadin session (the pages) and in the HTTP session, where the login (Keycloak's page, through
 * {@code ui_locales}) reads it before any Vaadin request of the next page runs.
 */
public final class LanguageChoice {

    static final String SESSION_ATTRIBUTE = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    /** Switches the current session between Chinese and English and reloads the page. */
    public static void toggle() {
        UI ui = UI.getCurrent();
        boolean english = Translations.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage());
        Locale chosen = english ? Translations.CHINESE : Translations.ENGLISH;
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(chosen);
        session.getSession().setAttribute(SESSION_ATTRIBUTE, chosen.toLanguageTag());
        ui.getPage().reload();
    }

    /** The chosen language as a BCP 47 tag ({@code zh-CN} or {@code en}); {@code zh-CN} when none was chosen. */
    public static String of(HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof String tag ? tag : Translations.CHINESE.toLanguageTag();
    }
}
