package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantScoped;
import com.credittown.platform.web.ConflictException;
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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One drawn subject of a plan: its grade at the draw, its place in the draw, its inspector and, later, the result. */
@Entity
@Table(name = "inspection_item")
class InspectionItem extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;
    @Column(name = "draw_order", nullable = false, updatable = false)
    private int drawOrder;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;
    @Column(name = "subject_code", updatable = false, length = 18)
    private String subjectCode;
    @Column(name = "subject_name", nullable = false, updatable = false, length = 200)
    private String subjectName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 1)
    private Grade grade;
    @Column(length = 120, updatable = false)
    private String inspector;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private InspectionResult result;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    @Column(name = "result_summary", length = 2000)
    private String resultSummary;
    @Column(name = "record_id")
    private Long recordId;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by", length = 120)
    private String recordedBy;

    protected InspectionItem() {
    }

    InspectionItem(long planId, DrawnSubject drawn) {
        this.planId = planId;
        this.drawOrder = drawn.order();
        this.subjectId = drawn.candidate().subjectId();
        this.subjectCode = drawn.candidate().code();
        this.subjectName = drawn.candidate().name();
        this.grade = drawn.candidate().grade();
        this.inspector = drawn.inspector();
    }

    void recordResult(InspectionResult result, LocalDate on, String summary, long recordId, Instant now,
                      String actor) {
        requireNoResult();
        this.result = result;
        this.inspectedOn = on;
        this.resultSummary = summary;
        this.recordId = recordId;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    void requireNoResult() {
        if (this.result != null) {
            throw new ConflictException("The result of inspection item " + id + " was recorded on " + inspectedOn
                    + " (archive record " + this.recordId + ")");
        }
    }

    InspectionItemView view() {
        return new InspectionItemView(id, planId, drawOrder, subjectId, subjectCode, subjectName, grade, inspector,
                result, result == null ? null : result.zh(), inspectedOn, resultSummary, recordId, recordedBy);
    }

    Long id() { return id; }
    long planId() { return planId; }
    long subjectId() { return subjectId; }
    InspectionResult result() { return result; }
}
