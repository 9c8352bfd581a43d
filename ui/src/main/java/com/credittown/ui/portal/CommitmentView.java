package com.credittown.ui.portal;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.portal.MerchantPortal;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * Open one of the subject's own credit commitments (信用承诺: voluntary, industry self-discipline or repair); the
 * eligibility check runs, then the signing step waits on the portal's home page.
 */
@Route(value = "tenants/:tenant/merchant/commitment", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class CommitmentView extends PortalPage {

    private final MerchantPortal portal;

    public CommitmentView(MerchantPortal portal) {
        this.portal = portal;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("portal.commitment")), new Paragraph(getTranslation("portal.commitmentHelp")));
        Select<String> type = new Select<>();
        type.setId("commitment-type");
        type.setLabel(getTranslation("portal.commitmentType"));
        type.setItems(List.of("voluntary", "industry", "repair"));
        type.setItemLabelGenerator(value -> getTranslation("portal.commitmentType." + value));
        type.setWidthFull();
        TextArea text = new TextArea(getTranslation("portal.commitmentText"));
        text.setId("commitment-text");
        text.setMaxLength(5000);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        var send = big(getTranslation("portal.openCommitment"), () -> submit(
                () -> portal.openCommitment(type.getValue(), text.getValue()),
                Map.<String, HasValidation>of("commitmentType", type, "commitmentText", text)));
        send.setId("submit-commitment");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(type, text, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.commitment");
    }
}
