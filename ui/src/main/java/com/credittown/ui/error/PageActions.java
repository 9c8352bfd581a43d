package com.credittown.ui.error;

import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs one action of a page: bad input on the fields it names (the rest as notices), a refusal (wrong step, period
 * over, another authority's record, not allowed) as a notice saying why in the feature's words
 * ({@code <feature>.refused}, {@code .notFound}, {@code .notAllowed}); anything else goes to the session's error
 * handler. Never a stack trace.
 */
public final class PageActions {

    private PageActions() {
    }

    /**
     * Runs an action whose refusals need no words of their own: they read as the session's error handler says them
     * ({@code error.refused}, {@code error.notFound}, {@code error.notAllowed}). Returns whether the action succeeded.
     */
    public static boolean run(Component page, Map<String, ? extends HasValidation> fields, Runnable action,
                              String successKey) {
        return run("error", page, fields, action, successKey);
    }

    /** Returns whether the action succeeded (its success notice shown). */
    public static boolean run(String feature, Component page, Map<String, ? extends HasValidation> fields,
                              Runnable action, String successKey) {
        FieldErrors.clear(fields);
        try {
            action.run();
            Notification.show(page.getTranslation(successKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException problems) {
            List<FieldProblem> rest = FieldErrors.show(fields, problems.errors());
            rest.forEach(p -> error(p.field() + ": " + p.message()));
            if (rest.isEmpty()) {
                error(page.getTranslation("form.invalid"));
            }
        } catch (ConflictException | ForbiddenException e) {
            error(page.getTranslation(feature + ".refused", e.getMessage()));
        } catch (NotFoundException e) {
            error(page.getTranslation(feature + ".notFound", e.getMessage()));
        } catch (AccessDeniedException e) {
            error(page.getTranslation(feature + ".notAllowed"));
        }
        return false;
    }

    private static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
