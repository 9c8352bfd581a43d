package com.credittown.ui.design;

import com.vaadin.flow.component.Component;

/** A designer problem in the user's language: the translated reason, with the server's detail where it helps. */
final class Problems {

    private Problems() {
    }

    static String explain(Component on, String code, String message) {
        String translated = on.getTranslation("designer.problem." + code);
        if (translated.startsWith("!")) {
            return message;
        }
        // limits and their bases are data: their detail comes from the server
        return java.util.Set.of("deadline-above-limit", "legal-limit", "out-of-range", "locked-step",
                "forbidden-position").contains(code) ? translated + "：" + message : translated;
    }
}
