package com.credittown.workflows.measure;

import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A town's application of a catalogue measure to a subject, with what qualified the subject when it was applied (its
 * grade, an honour) and the town's feedback on its effect (效果反馈, 东府办〔2024〕6号（一）: 失信惩戒运行反馈机制).
 */
@Entity
@Table(name = "credit_measure_application")
public class MeasureApplication extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "measure_id", nullable = false, length = 36)
    private String measureId;

    @Column(name = "subject_code", nullable = false, length = 18)
    private String subjectCode;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 2)
    private Grade grade;

    @Column(name = "qualified_by", nullable = false, length = 300)
    private String qualifiedBy;

    @Column(name = "matter", nullable = false, length = 500)
    private String matter;

    @Column(name = "applied_by", nullable = false, length = 100)
    private String appliedBy;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "effect", length = 20)
    private MeasureEffect effect;

    @Column(name = "feedback", length = 2000)
    private String feedback;

    @Column(name = "feedback_by", length = 100)
    private String feedbackBy;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    protected MeasureApplication() {
    }

    MeasureApplication(String measureId, String subjectCode, String subjectName, Grade grade, String qualifiedBy,
                       String matter, String appliedBy, Instant appliedAt) {
        this.id = UUID.randomUUID().toString();
        this.measureId = measureId;
        this.subjectCode = subjectCode;
        this.subjectName = subjectName;
        this.grade = grade;
        this.qualifiedBy = qualifiedBy;
        this.matter = matter;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
    }

    void feedback(MeasureEffect effect, String feedback, String actor, Instant at) {
        this.effect = effect;
        this.feedback = feedback;
        this.feedbackBy = actor;
        this.feedbackAt = at;
    }

    public String id() { return id; }
    public String measureId() { return measureId; }
    public String subjectCode() { return subjectCode; }
    public String subjectName() { return subjectName; }
    public Grade grade() { return grade; }
    public String qualifiedBy() { return qualifiedBy; }
    public String matter() { return matter; }
    public String appliedBy() { return appliedBy; }
    public Instant appliedAt() { return appliedAt; }
    public MeasureEffect effect() { return effect; }
    public String feedback() { return feedback; }
    public String feedbackBy() { return feedbackBy; }
    public Instant feedbackAt() { return feedbackAt; }
}
