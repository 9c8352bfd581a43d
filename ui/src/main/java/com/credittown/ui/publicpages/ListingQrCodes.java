package com.credittown.ui.publicpages;

import com.vaadin.flow.component.html.Image;

/** The QR code image of a shop's listing, served as PNG by the public REST API (cacheable, printable). */
final class ListingQrCodes {

    private ListingQrCodes() {
    }

    static Image image(String tenant, String listingCode, int pixels, String alt) {
        Image image = new Image("api/public/tenants/" + tenant + "/shops/" + listingCode + "/qr.png?size=" + pixels,
                alt);
        image.setWidth(pixels + "px");
        image.setHeight(pixels + "px");
        return image;
    }
}
