package com.credittown.platform.credit.rule;

import java.util.Locale;

/**
 * Why a rule holds: a document ({@code source} names it in the sources file, docs/citations.md) or, where no document
 * prescribes the rule, the city's setting ({@code source} = {@value #SETTING}). {@code zh}/{@code en} are what users
 * read; they say only what the document says.
 */
public record Basis(String source, String section, String quote, String zh, String en) {

    public static final String SETTING = "setting";

    public boolean isSetting() {
        return SETTING.equals(source);
    }

    public String in(Locale locale) {
        return new Text(zh, en).in(locale);
    }
}
