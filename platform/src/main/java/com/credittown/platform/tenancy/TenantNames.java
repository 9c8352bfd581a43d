package com.credittown.platform.tenancy;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's name as a user reads it: the English name from the catalogue (e.g. Humen Town) when the user chose
 * English, else the Chinese name (虎门镇). The one place every page, grid and export asks for a tenant's name; an
 * unknown code reads as itself.
 */
@Component
public class TenantNames {

    private final Tenants tenants;

    TenantNames(Tenants tenants) {
        this.tenants = tenants;
    }

    /** The name of one tenant in this language. */
    @Transactional(readOnly = true)
    public String of(String code, Locale locale) {
        if (code == null || !TenantId.isWellFormed(code)) {
            return code;
        }
        return tenants.findById(code).map(t -> t.name(locale)).orElse(code);
    }

    /** Every tenant's name in this language, code to name: for grids and exports that show many tenants. */
    @Transactional(readOnly = true)
    public Function<String, String> all(Locale locale) {
        Map<String, String> byCode = tenants.findAll().stream()
                .collect(Collectors.toMap(t -> t.id().code(), t -> t.name(locale)));
        return code -> byCode.getOrDefault(code, code);
    }

    /** Whether a locale asks for English texts; anything else (null included) reads Chinese. */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
