package com.credittown.workflows.district;

/**
 * @param malls   诚信商圈 existing at the span's end
 * @param streets 诚信街区
 * @param markets 诚信市场
 * @param members member shops at the span's end; {@code red + yellow + green == members}
 */
public record DistrictCounts(long malls, long streets, long markets, long members, long admitted, long removed,
                     long red, long yellow, long green) {

    public static final DistrictCounts NONE = new DistrictCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
