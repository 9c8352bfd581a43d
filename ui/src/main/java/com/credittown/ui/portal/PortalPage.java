package com.credittown.ui.portal;

import com.credittown.platform.tenancy.TenantContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page of the merchant portal: one column at most 600 px wide, touch targets at least 48 px high. The route's
 * tenant must be the merchant's own; another tenant is answered like one that does not exist.
 */
abstract class PortalPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected String tenant = "";

    PortalPage() {
        setWidthFull();
        setMaxWidth("600px");
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        setPadding(true);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        // the navigation guard let only the merchant's own tenant through
        tenant = TenantContext.require().code();
        try {
            show();
        } catch (com.credittown.platform.web.NotFoundException e) {
            removeAll();
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("portal.noSubject")));
        }
    }

    /** Fills the page for the merchant's own subject. */
    protected abstract void show();

    /** A full-width button at least 48 px high, for thumbs. */
    static Button big(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setWidthFull();
        button.setMinHeight("48px");
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return button;
    }

    static <C extends Component & com.vaadin.flow.component.HasSize> C full(C component) {
        component.setWidthFull();
        return component;
    }

    /**
     * Runs a submission; on success shows a notice and opens the case list. Bad input is shown on the fields
     * concerned (or as a notice), never as a stack trace; nothing is started then. A refusal with its reason, or a
     * matter that is not (or no longer) the merchant's, is the session's error handler's to say.
     */
    protected void submit(java.util.function.Supplier<String> action,
                          java.util.Map<String, com.vaadin.flow.component.HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.get();
            notice(getTranslation("portal.submitted"), com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(path("cases")));
        } catch (com.credittown.platform.web.InvalidInputException problems) {
            for (com.credittown.platform.web.FieldProblem problem : problems.errors()) {
                var field = fields.get(problem.field());
                String message = com.credittown.ui.error.FieldErrors.explain(problem, this::getTranslation);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    notice(message, com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
                }
            }
            notice(getTranslation("form.invalid"), com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
    }

    static void notice(String text, com.vaadin.flow.component.notification.NotificationVariant variant) {
        com.vaadin.flow.component.notification.Notification.show(text, 5000,
                com.vaadin.flow.component.notification.Notification.Position.MIDDLE).addThemeVariants(variant);
    }

    protected String path(String page) {
        return "tenants/" + tenant + "/merchant" + (page.isEmpty() ? "" : "/" + page);
    }
}
