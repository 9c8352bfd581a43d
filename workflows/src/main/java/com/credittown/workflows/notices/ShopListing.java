package com.credittown.workflows.notices;

import com.credittown.workflows.district.Rating;
import java.time.LocalDate;

/**
 * A member shop's public listing (诚信商圈挂牌), what a citizen scanning the shop's QR code sees.
 *
 * @param rating    the shop's current rating (green, yellow, red), null before the first rating
 * @param publicUrl the listing's public page, which the QR code carries
 */
public record ShopListing(String listingCode, String shopName, String districtId, String districtName,
                          Rating rating, LocalDate admittedOn, String publicUrl) {
}
