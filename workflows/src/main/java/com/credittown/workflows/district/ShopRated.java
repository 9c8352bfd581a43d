package com.credittown.workflows.district;

/** A shop's periodic rating changed (红黄绿). */
public record ShopRated(String tenant, String shopId, String districtId, Rating rating) {
}
