package com.credittown.workflows.rectification;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A government-dishonesty rectification case (政务失信整改) as the tenant's ledger keeps it: the dishonest unit, the
 * current escalation level and stage with its deadline, open or closed, and whether a deadline was ever missed.
 */
@Entity
@Table(name = "rectification_case")
public class RectificationCase extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "subject_code", nullable = false, length = 18)
    private String subjectCode;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(name = "dishonesty_kind", nullable = false, length = 20)
    private DishonestyKind dishonestyKind;

    @Column(name = "responsible_unit", nullable = false, length = 200)
    private String responsibleUnit;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RectificationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private RectificationStage stage;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "stage_due"))
    @AttributeOverride(name = "flagged", column = @Column(name = "stage_due_flagged", nullable = false))
    private Deadline stageDue = Deadline.none();

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", nullable = false, length = 20)
    private EscalationLevel level;

    @Column(name = "level_since")
    private LocalDate levelSince;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "plan_text", length = 2000)
    private String plan;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "evidence_text", length = 2000)
    private String evidence;

    @Column(name = "evidence_at")
    private Instant evidenceAt;

    @Column(name = "findings", length = 2000)
    private String findings;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected RectificationCase() {
    }

    RectificationCase(String caseId, long subjectId, String subjectCode, String subjectName, DishonestyKind kind,
                      String responsibleUnit, long recordId, LocalDate openedOn, Instant openedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.subjectId = subjectId;
        this.subjectCode = subjectCode;
        this.subjectName = subjectName;
        this.dishonestyKind = kind;
        this.responsibleUnit = responsibleUnit;
        this.recordId = recordId;
        this.status = RectificationStatus.OPEN;
        this.stage = RectificationStage.PLAN;
        this.level = EscalationLevel.NONE;
        this.openedOn = openedOn;
        this.openedAt = openedAt;
    }

    void awaitPlan(Deadline due) {
        waitFor(RectificationStage.PLAN, due);
    }

    void planned(String plan, Instant at, Deadline rectificationDue) {
        requireOpen();
        this.plan = plan;
        this.plannedAt = at;
        waitFor(RectificationStage.RECTIFICATION, rectificationDue);
    }

    void evidenceSubmitted(String evidence, Instant at) {
        requireOpen();
        this.evidence = evidence;
        this.evidenceAt = at;
        this.stage = RectificationStage.VERIFICATION;
    }

    /** One level up (the top level stays), with that level's deadline for the evidence. */
    void escalate(EscalationLevel to, LocalDate on, boolean deadlinePassed, Deadline due) {
        escalate(to, on, deadlinePassed, due, RectificationStage.RECTIFICATION);
    }

    /** Escalates and waits for {@code stage} (PLAN when the plan itself is late: it is still awaited). */
    void escalate(EscalationLevel to, LocalDate on, boolean deadlinePassed, Deadline due,
                  RectificationStage stage) {
        requireOpen();
        if (to != level) {
            this.level = to;
            this.levelSince = on;
        }
        if (deadlinePassed && !overdue) {
            this.overdue = true;
            this.overdueSince = on;
        }
        waitFor(stage, due);
    }

    void markOverdue(LocalDate on) {
        if (status == RectificationStatus.OPEN && !overdue) {
            this.overdue = true;
            this.overdueSince = on;
        }
    }

    void close(String findings, LocalDate on, Instant at) {
        requireOpen();
        this.findings = findings;
        this.status = RectificationStatus.CLOSED;
        this.stage = RectificationStage.CLOSED;
        this.stageDue = Deadline.none();
        this.closedOn = on;
        this.closedAt = at;
    }

    void verificationFailed(String findings) {
        requireOpen();
        this.findings = findings;
    }

    private void waitFor(RectificationStage stage, Deadline due) {
        requireOpen();
        this.stage = stage;
        this.stageDue = due;
    }

    private void requireOpen() {
        if (status != RectificationStatus.OPEN) {
            throw new IllegalStateException("Rectification case " + id + " is closed");
        }
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public long subjectId() { return subjectId; }
    public String subjectCode() { return subjectCode; }
    public String subjectName() { return subjectName; }
    public DishonestyKind dishonestyKind() { return dishonestyKind; }
    public String responsibleUnit() { return responsibleUnit; }
    public long recordId() { return recordId; }
    public RectificationStatus status() { return status; }
    public RectificationStage stage() { return stage; }
    public LocalDate stageDue() { return stageDue.date(); }
    public boolean stageDueFlagged() { return stageDue.flagged(); }
    public EscalationLevel level() { return level; }
    public LocalDate levelSince() { return levelSince; }
    public boolean overdue() { return overdue; }
    public LocalDate overdueSince() { return overdueSince; }
    public LocalDate openedOn() { return openedOn; }
    public Instant openedAt() { return openedAt; }
    public String plan() { return plan; }
    public Instant plannedAt() { return plannedAt; }
    public String evidence() { return evidence; }
    public Instant evidenceAt() { return evidenceAt; }
    public String findings() { return findings; }
    public LocalDate closedOn() { return closedOn; }
    public Instant closedAt() { return closedAt; }
}
