package com.credittown.ui.settings;

import com.credittown.platform.web.FieldProblem;
import com.credittown.ui.error.FieldErrors;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.workflows.settings.SettingsChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Saves one change of the settings page: the new version on success (and the page reloaded), bad input on the
 * fields it names in the settings' words. A refusal (exists already, closed, gone) is the session's error handler's.
 *
 * <p>Each form of the page (a department, a reviewer, a district, a district's new name, the contact details) has its
 * own fields: the services name a department's, a district's and a new name's field alike ({@code name}), and the
 * district's and the contact's address alike ({@code address}), so a problem is looked up on the form that was saved,
 * and the notice names its field by the field's own message key ({@code settings.field.<form>.<field>}).
 */
class SettingsEdits {

    static final String DEPARTMENT = "department";
    static final String REVIEWER = "reviewer";
    static final String DISTRICT = "district";
    static final String DISTRICT_RENAME = "districtRename";
    static final String CONTACT = "contact";

    private final Component page;
    private final Runnable reload;
    private final Map<String, Component> fields = new HashMap<>();

    SettingsEdits(Component page, Runnable reload) {
        this.page = page;
        this.reload = reload;
    }

    /** Registers a field of a form whose problems (by the service's field name) show on it. */
    <T extends Component> T field(String form, String field, T component) {
        fields.put(form + "." + field, component);
        return component;
    }

    /** The field of this form a service's problem names, if the page shows it. */
    Component fieldOf(String form, FieldProblem problem) {
        return fields.get(form + "." + problem.field());
    }

    void save(String form, Supplier<SettingsChange> change) {
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
            Function<String, String> translate = key -> page.getTranslation(key);
            for (FieldProblem problem : problems.errors()) {
                if (fieldOf(form, problem) instanceof HasValidation v) {
                    v.setErrorMessage(explain(problem, translate));
                    v.setInvalid(true);
                }
            }
            Notification note = Notification.show(page.getTranslation("form.invalid") + "："
                    + problems.errors().stream().map(problem -> named(form, problem, translate))
                    .collect(Collectors.joining("；")), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setId("settings-error");
        }
    }

    /** A problem for the notice: its field's own name ({@code settings.field.<form>.<field>}) and what is wrong. */
    static String named(String form, FieldProblem problem, Function<String, String> translate) {
        String name = translate.apply("settings.field." + form + "." + problem.field());
        return (name.startsWith("!") ? problem.field() : name) + " " + explain(problem, translate);
    }

    /** What is wrong, in the settings' words ({@code settings.error.<code>}), the form's, or the service's. */
    static String explain(FieldProblem problem, Function<String, String> translate) {
        String translated = translate.apply("settings.error." + problem.code());
        return translated.startsWith("!") ? FieldErrors.explain(problem, translate) : translated;
    }
}
