package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's sampling ratio for one credit grade, in percent, set at or above the city's ratio. */
@Entity
@Table(name = "sampling_ratio_override")
class SamplingRatioOverride extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 1)
    private Grade grade;
    @Column(nullable = false)
    private int ratio;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;
    @Column(name = "set_by", nullable = false, length = 120)
    private String setBy;

    protected SamplingRatioOverride() {
    }

    SamplingRatioOverride(Grade grade, int ratio, Instant setAt, String setBy) {
        this.grade = grade;
        this.ratio = ratio;
        this.setAt = setAt;
        this.setBy = setBy;
    }

    void change(int ratio, Instant setAt, String setBy) {
        this.ratio = ratio;
        this.setAt = setAt;
        this.setBy = setBy;
    }

    Grade grade() { return grade; }
    int ratio() { return ratio; }
}
