package com.credittown.workflows.inspection;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a tenant's sampling ratios are read and set: the city's ratio per grade ({@link SamplingSettings}),
 * the tenant's overrides ({@code sampling_ratio_override}) and the rule between them ({@link EffectiveRatios}). Every
 * draw reads its ratios here. An override below the city's ratio, or outside 0–100%, is refused and nothing is
 * written; removing one falls back to the city's ratio. Each change is audited in the tenant's chain as a settings
 * change ({@code SETTINGS_CHANGED}, subject {@code sampling-ratio}).
 */
@Service
@Allowed(Permission.INSPECTION_PLAN)
public class SamplingRatios {

    static final String AUDIT_SUBJECT = "sampling-ratio";

    private final SamplingSettings city;
    private final SamplingRatioOverrides overrides;
    private final AuditLog audit;
    private final PlatformClock clock;

    SamplingRatios(SamplingSettings city, SamplingRatioOverrides overrides, AuditLog audit, PlatformClock clock) {
        this.city = city;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tenant's ratios now, A to D: the city's, the tenant's override if any, and which one applies. */
    @Transactional(readOnly = true)
    public List<EffectiveRatio> effective() {
        return List.copyOf(current().values());
    }

    /** The same per grade: what the next draw applies. */
    @Transactional(readOnly = true)
    public Map<Grade, EffectiveRatio> current() {
        Map<Grade, Integer> set = new EnumMap<>(Grade.class);
        overrides.findAll().forEach(o -> set.put(o.grade(), o.ratio()));
        return EffectiveRatios.of(city.ratios(), set);
    }

    /**
     * Sets the tenant's ratio for a grade.
     *
     * @throws RatioRefused if the grade is unknown, the ratio missing or outside 0–100, or below the city's ratio
     */
    @Transactional
    public EffectiveRatio override(String gradeName, Integer ratio, String actor) {
        Grade grade = grade(gradeName);
        int cityRatio = city.ratios().get(grade);
        Optional<RatioRefused> refused = EffectiveRatios.refusal(grade, ratio, cityRatio);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Optional<SamplingRatioOverride> existing = overrides.findByGrade(grade);
        String before = existing.map(o -> o.ratio() + "%").orElse("无");
        existing.ifPresentOrElse(o -> o.change(ratio, clock.instant(), actor),
                () -> overrides.save(new SamplingRatioOverride(grade, ratio, clock.instant(), actor)));
        audit.record(actor, "SETTINGS_CHANGED", AUDIT_SUBJECT, TenantContext.require().code(), grade
                + "级抽查比例：本镇街（园区）设置 " + before + " → " + ratio + "%（市信用办设置 " + cityRatio + "%）");
        return current().get(grade);
    }

    /** Removes the tenant's ratio for a grade: the city's applies again. Without one, nothing changes. */
    @Transactional
    public EffectiveRatio clear(String gradeName, String actor) {
        Grade grade = grade(gradeName);
        overrides.findByGrade(grade).ifPresent(o -> {
            overrides.delete(o);
            audit.record(actor, "SETTINGS_CHANGED", AUDIT_SUBJECT, TenantContext.require().code(), grade
                    + "级抽查比例：取消本镇街（园区）设置 " + o.ratio() + "%，按市信用办设置 " + city.ratios().get(grade) + "%");
        });
        return current().get(grade);
    }

    private static Grade grade(String name) {
        String g = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (Grade grade : Grade.values()) {
            if (grade.name().equals(g)) {
                return grade;
            }
        }
        throw new RatioRefused("grade", "unknown-grade", "信用等级应为 A、B、C 或 D，收到 " + name,
                "the credit grade is A, B, C or D, was " + name);
    }
}
