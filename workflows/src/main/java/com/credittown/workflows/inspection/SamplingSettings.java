package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's sampling ratios of 双随机 inspections per credit grade ({@code credittown.inspection.sampling.*}), in
 * percent of the grade's subjects. The plan (十八) asks for supervision by risk but fixes no ratio; the defaults follow
 * the local practice the domain brief records (A ≤5%, B 5–20%, C 21–60%, D 61–100%), each at the top of its range.
 * They are the city office's choices, shown to users as its settings.
 */
@ConfigurationProperties("credittown.inspection.sampling")
record SamplingSettings(@DefaultValue("5") int a, @DefaultValue("20") int b, @DefaultValue("60") int c,
                        @DefaultValue("100") int d, @DefaultValue("50") int maxInspectors) {

    SamplingSettings {
        for (int ratio : new int[] {a, b, c, d}) {
            if (ratio < 0 || ratio > 100) {
                throw new IllegalArgumentException("credittown.inspection.sampling: a ratio is a percentage from 0"
                        + " to 100, was " + ratio);
            }
        }
        if (!(a <= b && b <= c && c <= d)) {
            throw new IllegalArgumentException("credittown.inspection.sampling: a riskier grade is sampled at least as"
                    + " often (a <= b <= c <= d), was " + a + "/" + b + "/" + c + "/" + d);
        }
    }

    Map<Grade, Integer> ratios() {
        Map<Grade, Integer> ratios = new EnumMap<>(Grade.class);
        ratios.put(Grade.A, a);
        ratios.put(Grade.B, b);
        ratios.put(Grade.C, c);
        ratios.put(Grade.D, d);
        return ratios;
    }

    /** The ratios as users read them (zh): a setting, naming no document. */
    String zh() {
        return EffectiveRatios.zh(ratios(), EffectiveRatios.decodeSources(null));
    }

    String en() {
        return EffectiveRatios.en(ratios(), EffectiveRatios.decodeSources(null));
    }
}
