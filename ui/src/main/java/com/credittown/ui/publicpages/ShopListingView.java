package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.workflows.notices.PublicNotices;
import com.credittown.workflows.notices.ShopListing;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A member shop's public listing (诚信商圈挂牌), no login: the page its QR code opens. Shop, district, rating, member
 * since, and the QR code itself (to print on the plaque). A wrong code or a shop that left its district is "not found".
 */
@Route(value = "public/tenants/:tenant/shops/:listing", layout = PublicLayout.class)
@AnonymousAllowed
public class ShopListingView extends PublicPage {

    private final PublicNotices notices;

    public ShopListingView(TenantDirectory directory, PublicNotices notices) {
        super(directory);
        this.notices = notices;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        removeAll();
        ShopListing listing = notices.listing(event.getRouteParameters().get("listing").orElse(""));
        Span kind = new Span(getTranslation("public.shopListing"));
        kind.getStyle().set("color", "var(--lumo-secondary-text-color)");
        H2 name = new H2(listing.shopName());
        name.setId("shop-name");
        Anchor district = new Anchor("public/tenants/" + tenant.id().code() + "/districts/" + listing.districtId(),
                getTranslation("public.shopListing.district", listing.districtName()));
        Paragraph rating = new Paragraph(getTranslation("public.shopRating") + "："
                + (listing.rating() == null ? getTranslation("public.notRated")
                : getTranslation("public.rating." + listing.rating())));
        rating.setId("shop-rating");
        Paragraph since = new Paragraph(getTranslation("public.shopListing.admittedOn", listing.admittedOn()));
        Image qr = ListingQrCodes.image(tenant.id().code(), listing.listingCode(), 240,
                getTranslation("public.listingQrAlt", listing.shopName()));
        qr.setId("listing-qr");
        Paragraph code = new Paragraph(getTranslation("public.listingCode") + "：" + listing.listingCode());
        add(kind, name, district, rating, since, qr, new Paragraph(getTranslation("public.shopListing.scan")), code);
    }
}
