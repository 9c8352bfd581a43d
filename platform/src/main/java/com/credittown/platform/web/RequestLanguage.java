package com.credittown.platform.web;

import java.util.Locale;

/**
 * The language a REST client reads, for what the server writes in words (spreadsheet headers, names): English when
 * the request asks for it ({@code ?lang=en}, or an {@code Accept-Language} that prefers English), else Simplified
 * Chinese, the platform's default. Official documents (the credit report PDF) stay Chinese whatever is asked.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    /**
     * @param lang           the {@code lang} query parameter ({@code en} or {@code zh}), may be null
     * @param acceptLanguage the {@code Accept-Language} header, may be null
     */
    public static Locale of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return english(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                var ranges = Locale.LanguageRange.parse(acceptLanguage);
                if (!ranges.isEmpty() && english(ranges.get(0).getRange())) {
                    return Locale.ENGLISH;
                }
            } catch (IllegalArgumentException malformed) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private static boolean english(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.equals("en") || t.startsWith("en-") || t.startsWith("en_");
    }
}
