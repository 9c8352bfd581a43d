package com.credittown.ui.objection;

import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.ui.keytask.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs one step of an objection from a page: bad input on the fields it names, a refusal (wrong step,
 * period over, another authority's record, not allowed) as a notice saying why; never a stack trace.
 */
final class ObjectionActions {

    private ObjectionActions() {
    }

    static boolean run(Component page, Map<String, ? extends HasValidation> fields, Runnable action,
                       String successKey) {
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
        } catch (ConflictException e) {
            error(page.getTranslation("objection.refused", e.getMessage()));
        } catch (ForbiddenException e) {
            error(page.getTranslation("objection.refused", e.getMessage()));
        } catch (NotFoundException e) {
            error(page.getTranslation("objection.notFound"));
        } catch (AccessDeniedException e) {
            error(page.getTranslation("objection.notAllowed"));
        }
        return false;
    }

    private static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
