package com.credittown.ui.portal;

import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.error.FieldErrors;
import com.credittown.ui.objection.ObjectionText;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.portal.MerchantPortal;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The merchant's objections (异议申诉): its records in publicity, each with the form to object to the record or to its
 * repair result, and its objections with their status, last day and the owner's decision.
 */
@Route(value = "tenants/:tenant/merchant/objections", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class MerchantObjectionsView extends PortalPage {

    private final MerchantPortal portal;
    private final CreditObjections objections;

    public MerchantObjectionsView(MerchantPortal portal, CreditObjections objections) {
        this.portal = portal;
        this.objections = objections;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("objection.merchant.title")));
        add(new H3(getTranslation("objection.merchant.mine")));
        List<ObjectionView> mine = objections.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("objection.merchant.none")));
        }
        for (ObjectionView objection : mine) {
            Div card = MerchantHomeView.card(objection.recordTitle(), objection.recordDepartment());
            card.setId("my-objection-" + objection.id());
            card.add(ObjectionText.of(this, objection));
            add(card);
        }
        add(new H3(getTranslation("objection.merchant.records")));
        add(new Paragraph(getTranslation("objection.merchant.help")));
        for (RecordView record : portal.archive().records()) {
            if (record.state() != RecordState.PUBLISHED) {
                continue;
            }
            Div card = MerchantHomeView.card(record.title(), getTranslation("archive.kind." + record.kind()) + " · "
                    + record.department() + " · " + record.decisionDate());
            card.setId("objection-record-" + record.id());
            if (record.underObjection()) {
                card.add(new Paragraph(getTranslation("objection.underObjection")));
            } else {
                var open = big(getTranslation("objection.merchant.raise"), () -> form(card, record));
                open.setId("objection-open-" + record.id());
                card.add(open);
            }
            add(card);
        }
    }

    private void form(Div card, RecordView record) {
        RadioButtonGroup<ObjectionConcern> concerns = new RadioButtonGroup<>(getTranslation("objection.field.concerns"));
        concerns.setId("objection-concerns");
        concerns.setItems(ObjectionConcern.values());
        concerns.setItemLabelGenerator(c -> getTranslation("objection.concerns." + c.name()));
        concerns.setValue(ObjectionConcern.RECORD);
        TextArea reasons = full(new TextArea(getTranslation("objection.field.reasons")));
        reasons.setId("objection-reasons");
        reasons.setMaxLength(4000);
        reasons.setHelperText(getTranslation("objection.field.reasonsHelp"));
        var send = big(getTranslation("objection.submit"), () -> send(record, concerns, reasons));
        send.setId("objection-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(concerns, reasons, send);
    }

    /**
     * Raises the objection. Bad input is shown on the fields it names; a refusal (the record left publicity, an
     * objection is open already) is said by the session's error handler, and the form stays as it was.
     */
    private void send(RecordView record, RadioButtonGroup<ObjectionConcern> concerns, TextArea reasons) {
        Map<String, HasValidation> fields = Map.of("concerns", concerns, "reasons", reasons);
        FieldErrors.clear(fields);
        try {
            objections.raiseMine(new CreditObjections.Raise(record.id(), concerns.getValue(), reasons.getValue()),
                    CurrentUsers.actor());
        } catch (InvalidInputException problems) {
            List<FieldProblem> rest = FieldErrors.show(fields, problems.errors());
            if (!rest.isEmpty()) {
                throw problems;
            }
            return;
        }
        notice(getTranslation("objection.raised"), NotificationVariant.LUMO_SUCCESS);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.merchant.title");
    }
}
