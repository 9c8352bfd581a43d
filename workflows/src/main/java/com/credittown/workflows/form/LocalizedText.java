package com.credittown.workflows.form;

import java.util.Locale;

/** A text in Simplified Chinese (the default) and English. */
public record LocalizedText(String zh, String en) {

    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return zh;
    }
}
