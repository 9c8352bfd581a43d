package com.credittown.ui.portal;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.district.District;
import com.credittown.workflows.portal.MerchantPortal;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** Apply to join one of the tenant's honest business districts (诚信商圈): starts the membership process. */
@Route(value = "tenants/:tenant/merchant/district", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class JoinDistrictView extends PortalPage {

    private final MerchantPortal portal;

    public JoinDistrictView(MerchantPortal portal) {
        this.portal = portal;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("portal.joinDistrict")));
        var districts = portal.districts();
        if (districts.isEmpty()) {
            add(new Paragraph(getTranslation("portal.noDistricts")));
            return;
        }
        Select<District> district = new Select<>();
        district.setId("district-choice");
        district.setLabel(getTranslation("portal.district"));
        district.setItems(districts);
        district.setItemLabelGenerator(District::name);
        district.setWidthFull();
        Paragraph commitment = new Paragraph();
        commitment.setId("district-commitment");
        district.addValueChangeListener(e -> commitment.setText(e.getValue() == null ? ""
                : getTranslation("portal.districtCommitment", e.getValue().commitmentText())));
        TextField shop = new TextField(getTranslation("portal.shopName"));
        shop.setId("shop-name");
        shop.setMaxLength(200);
        shop.setRequiredIndicatorVisible(true);
        shop.setWidthFull();
        var send = big(getTranslation("portal.apply"), () -> submit(() -> portal.joinDistrict(
                district.getValue() == null ? null : district.getValue().id(), shop.getValue()),
                Map.<String, HasValidation>of("districtId", district, "shopName", shop)));
        send.setId("submit-join");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(district, commitment, shop, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.joinDistrict");
    }
}
