package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.ui.error.FieldErrors;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.notices.ObjectionRateLimit;
import com.credittown.workflows.notices.PublicNotice;
import com.credittown.workflows.notices.PublicNotices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Map;

/**
 * The objection form (异议) on a star in publicity: name, contact (not published) and reason, checked on the
 * server by the form {@code star-public-objection}; limited per address and hour. What is typed is stored and
 * shown as text.
 */
class ObjectionDialog extends Dialog {

    ObjectionDialog(PublicNotice notice, Tenant tenant, PublicNotices notices, ObjectionRateLimit limit) {
        setId("objection-dialog");
        setHeaderTitle(getTranslation("public.objectionTitle", notice.subjectName()));
        TextField name = new TextField(getTranslation("public.objectorName"));
        name.setId("objection-name");
        name.setMaxLength(50);
        name.setRequiredIndicatorVisible(true);
        TextField contact = new TextField(getTranslation("public.objectorContact"));
        contact.setId("objection-contact");
        contact.setMaxLength(100);
        contact.setRequiredIndicatorVisible(true);
        TextArea text = new TextArea(getTranslation("public.objectionText"));
        text.setId("objection-text");
        text.setMaxLength(2000);
        text.setRequiredIndicatorVisible(true);
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("public.objectionHelp")), name, contact, text);
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        add(form);
        Map<String, HasValidation> fields = Map.of("name", name, "contact", contact, "text", text);
        Button send = new Button(getTranslation("public.sendObjection"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            // the client's address as the REST form sees it, behind the trusted proxies (ClientAddresses)
            if (!limit.tryAcquire(VaadinServletRequest.getCurrent().getHttpServletRequest())) {
                show(getTranslation("public.tooMany", limit.perHour()), NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                notices.object(notice.caseId(), name.getValue(), contact.getValue(), text.getValue());
                close();
                show(getTranslation("public.objectionFiled"), NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problems) {
                for (FieldProblem problem : problems.errors()) {
                    HasValidation field = fields.get(problem.field());
                    if (field != null) {
                        field.setErrorMessage(FieldErrors.explain(problem, this::getTranslation));
                        field.setInvalid(true);
                    }
                }
            } catch (ConflictException | NotFoundException closed) {
                close();
                show(getTranslation("public.objectionClosed"), NotificationVariant.LUMO_ERROR);
            }
        });
        send.setId("objection-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), send);
        setWidth("min(560px, 100vw)");
    }

    private static void show(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(variant);
    }
}
