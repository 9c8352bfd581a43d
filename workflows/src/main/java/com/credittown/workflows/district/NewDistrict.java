package com.credittown.workflows.district;

/**
 * What creating a district needs (the form {@code district-create} checks it).
 *
 * @param kind MALL (诚信商圈), STREET (诚信街区) or MARKET (诚信市场)
 */
public record NewDistrict(String name, String kind, String address, String commitmentText) {
}
