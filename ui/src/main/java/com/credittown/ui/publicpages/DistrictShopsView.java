package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.workflows.district.District;
import com.credittown.workflows.notices.MemberShop;
import com.credittown.workflows.notices.PublicNotices;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An honest business district's member shops (诚信商圈入驻商户), no login: name, rating, listing code and its QR code. */
@Route(value = "public/tenants/:tenant/districts/:district", layout = PublicLayout.class)
@AnonymousAllowed
public class DistrictShopsView extends PublicPage {

    private final PublicNotices notices;

    public DistrictShopsView(TenantDirectory directory, PublicNotices notices) {
        super(directory);
        this.notices = notices;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("district").orElse("");
        District district = notices.district(id);
        add(new H2(district.name()), new Paragraph(district.address() == null ? "" : district.address()));
        if (district.rating() != null) {
            add(new Paragraph(getTranslation("public.districtRating", getTranslation("public.rating." + district.rating()))));
        }
        Grid<MemberShop> shops = new Grid<>();
        shops.setId("member-shops");
        shops.addColumn(MemberShop::shopName).setHeader(getTranslation("public.shopName")).setAutoWidth(true);
        shops.addColumn(shop -> shop.rating() == null ? getTranslation("public.notRated")
                : getTranslation("public.rating." + shop.rating())).setHeader(getTranslation("public.shopRating"));
        shops.addColumn(MemberShop::listingCode).setHeader(getTranslation("public.listingCode")).setAutoWidth(true);
        // the listing's QR code (as on the shop's plaque), opening the shop's public listing page
        shops.addComponentColumn(shop -> {
            Anchor link = new Anchor("public/tenants/" + tenant.id().code() + "/shops/" + shop.listingCode(),
                    ListingQrCodes.image(tenant.id().code(), shop.listingCode(), 96,
                            getTranslation("public.listingQrAlt", shop.shopName())));
            link.addClassName("listing-qr");
            return link;
        }).setHeader(getTranslation("public.listingQr")).setAutoWidth(true);
        shops.setItems(notices.membersOf(district.id()));
        shops.setAllRowsVisible(true);
        shops.setEmptyStateText(getTranslation("public.none"));
        add(shops);
    }
}
