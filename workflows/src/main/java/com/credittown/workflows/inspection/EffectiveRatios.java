package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one rule of which sampling ratio a grade applies (a design choice, shown to users as a setting): a town may
 * inspect more than the city's ratio, never less. A tenant's override applies when it is above the city's ratio; an
 * override the city has since caught up with (at or below the city's ratio) leaves the city's ratio in force. Without
 * an override, the city's ratio. Also the ratios' wording, for the page, the plan and the export.
 */
final class EffectiveRatios {

    private EffectiveRatios() {
    }

    /** The effective ratio per grade, A to D, from the city's ratios and the tenant's overrides (may be empty). */
    static Map<Grade, EffectiveRatio> of(Map<Grade, Integer> city, Map<Grade, Integer> overrides) {
        Map<Grade, EffectiveRatio> effective = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            int cityRatio = city.getOrDefault(grade, 0);
            Integer override = overrides.get(grade);
            effective.put(grade, override != null && override > cityRatio
                    ? new EffectiveRatio(grade, cityRatio, override, override, RatioSource.TENANT)
                    : new EffectiveRatio(grade, cityRatio, override, cityRatio, RatioSource.CITY));
        }
        return effective;
    }

    /** Why an override is refused (a {@link RatioRefused}), or empty when the tenant may set it. */
    static Optional<RatioRefused> refusal(Grade grade, Integer requested, int cityRatio) {
        if (requested == null) {
            return Optional.of(new RatioRefused("ratio", "required", grade + "级抽查比例必填（0–100 的整数，单位%）",
                    "the ratio for grade " + grade + " is required (a whole percentage from 0 to 100)"));
        }
        if (requested < 0 || requested > 100) {
            return Optional.of(new RatioRefused("ratio", "out-of-range", grade + "级抽查比例应为 0–100 的整数（单位%），"
                    + "收到 " + requested, "the ratio for grade " + grade + " is a percentage from 0 to 100, was "
                    + requested));
        }
        if (requested < cityRatio) {
            return Optional.of(new RatioRefused("ratio", "below-city", grade + "级抽查比例 " + requested
                    + "% 低于市信用办设置的 " + cityRatio + "%：镇街（园区）可以多查，不能少查",
                    requested + "% for grade " + grade + " is below the city's ratio of " + cityRatio
                            + "%: a town may inspect more, never less"));
        }
        return Optional.empty();
    }

    static Map<Grade, Integer> ratios(Map<Grade, EffectiveRatio> effective) {
        Map<Grade, Integer> ratios = new EnumMap<>(Grade.class);
        effective.forEach((grade, e) -> ratios.put(grade, e.ratio()));
        return ratios;
    }

    static Map<Grade, RatioSource> sources(Map<Grade, EffectiveRatio> effective) {
        Map<Grade, RatioSource> sources = new EnumMap<>(Grade.class);
        effective.forEach((grade, e) -> sources.put(grade, e.source()));
        return sources;
    }

    /** "A:CITY,B:TENANT,C:CITY,D:CITY", as a plan records it. */
    static String encodeSources(Map<Grade, RatioSource> sources) {
        return Arrays.stream(Grade.values()).map(g -> g + ":" + sources.getOrDefault(g, RatioSource.CITY))
                .collect(Collectors.joining(","));
    }

    /** A plan's recorded sources; a plan drawn before overrides existed ({@code null}) applied the city's. */
    static Map<Grade, RatioSource> decodeSources(String encoded) {
        Map<Grade, RatioSource> sources = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            sources.put(g, RatioSource.CITY);
        }
        if (encoded != null && !encoded.isBlank()) {
            for (String part : encoded.split(",")) {
                String[] kv = part.split(":");
                sources.put(Grade.valueOf(kv[0]), RatioSource.valueOf(kv[1]));
            }
        }
        return sources;
    }

    /**
     * The ratios as users read them (zh): settings, naming no document; the city's alone ("市信用办设置：…"), or the
     * town's ("本镇街（园区）设置：…") naming per grade whether the town raised it or the city's applies.
     */
    static String zh(Map<Grade, Integer> ratios, Map<Grade, RatioSource> sources) {
        boolean cityOnly = sources.values().stream().allMatch(s -> s == RatioSource.CITY);
        String list = Arrays.stream(Grade.values()).map(g -> g + "级" + ratios.get(g) + "%" + (cityOnly ? ""
                        : sources.get(g) == RatioSource.TENANT ? "（本镇街（园区）上调）" : "（市信用办设置）"))
                .collect(Collectors.joining("、"));
        return (cityOnly ? "市信用办设置：" : "本镇街（园区）设置：") + "双随机抽查比例 " + list + "（按等级主体数向上取整）";
    }

    static String en(Map<Grade, Integer> ratios, Map<Grade, RatioSource> sources) {
        boolean cityOnly = sources.values().stream().allMatch(s -> s == RatioSource.CITY);
        String list = Arrays.stream(Grade.values()).map(g -> g + " " + ratios.get(g) + "%" + (cityOnly ? ""
                        : sources.get(g) == RatioSource.TENANT ? " (raised by the town)" : " (the city's setting)"))
                .collect(Collectors.joining(", "));
        return (cityOnly ? "The city's setting: " : "The town's setting: ") + "双随机 sampling ratios " + list
                + " (of each grade's subjects, rounded up)";
    }
}
