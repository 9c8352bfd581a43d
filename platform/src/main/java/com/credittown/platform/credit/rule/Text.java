package com.credittown.platform.credit.rule;

import java.util.Locale;
import java.util.Objects;

/** A text in Simplified Chinese (the default and what official documents use) and English. */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The English text for an English locale, the Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
