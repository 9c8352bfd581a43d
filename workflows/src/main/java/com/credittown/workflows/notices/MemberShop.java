package com.credittown.workflows.notices;

import com.credittown.workflows.district.Rating;

/** A shop listed in an honest business district, as the public sees it. */
public record MemberShop(String shopName, Rating rating, String listingCode) {
}
