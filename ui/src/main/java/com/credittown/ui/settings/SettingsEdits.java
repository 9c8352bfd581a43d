package com.credittown.ui.settings;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.workflows.settings.SettingsChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Saves one change of the settings page: the new version on success (and the page reloaded), bad input on the
 * fields it names in the settings' words. A refusal (exists already, closed, gone) is the session's error handler's.
 */
class SettingsEdits {

    private final Component page;
    private final Runnable reload;
    private final Map<String, Component> fields = new HashMap<>();

    SettingsEdits(Component page, Runnable reload) {
        this.page = page;
        this.reload = reload;
    }

    /** Registers a field whose problems (by the service's field name) show on it. */
    <T extends Component> T field(String key, T component) {
        fields.put(key, component);
        return component;
    }

    void save(Supplier<SettingsChange> change) {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
        try {
            SettingsChange done = change.get();
            Notification.show(page.getTranslation("settings.saved", done.version()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload.run();
        } catch (InvalidInputException problems) {
            for (FieldProblem problem : problems.errors()) {
                if (fields.get(problem.field()) instanceof HasValidation v) {
                    v.setErrorMessage(explain(problem));
                    v.setInvalid(true);
                }
            }
            Notification note = Notification.show(page.getTranslation("form.invalid") + "："
                    + problems.errors().stream().map(this::explain).reduce((a, b) -> a + "；" + b).orElse(""),
                    6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setId("settings-error");
        }
    }

    private String explain(FieldProblem problem) {
        String translated = page.getTranslation("settings.error." + problem.code());
        if (translated.startsWith("!")) {
            translated = page.getTranslation("form.error." + problem.code());
        }
        return translated.startsWith("!") ? problem.message() : translated;
    }
}
