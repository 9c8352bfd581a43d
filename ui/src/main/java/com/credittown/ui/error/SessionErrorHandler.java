package com.credittown.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where an exception a page did not handle becomes a notice to the user (in their language) instead of
 * Vaadin's generic "internal error" or a stack trace; installed on every session. A browser that disconnects while a
 * response is written ({@link ClientGone}) is logged at debug in one line, not as an unexpected error.
 */
@Component
class SessionErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (ClientGone.causedBy(event.getThrowable())) {
            // the browser left mid-response: not an error of ours, and nobody to tell
            log.debug("Browser disconnected during a response: {}", event.getThrowable().toString());
            return;
        }
        ErrorNotice notice = ErrorNotice.of(event.getThrowable());
        if (notice.unexpected()) {
            log.error("Unexpected error in the UI (reference {})", notice.argument(), event.getThrowable());
        } else {
            log.info("Action refused in the UI: {}", event.getThrowable().toString());
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.access(() -> Notification.show(ui.getTranslation(notice.key(), notice.argument()), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
