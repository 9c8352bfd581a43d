package com.credittown.workflows.rectification;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step up the escalation ladder of a rectification case, with its date and the new deadline. */
@Entity
@Table(name = "rectification_escalation")
public class Escalation extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "rectification_case_id", nullable = false, updatable = false, length = 36)
    private String rectificationCaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", nullable = false, updatable = false, length = 20)
    private EscalationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 20)
    private EscalationReason reason;

    @Column(name = "escalated_on", nullable = false, updatable = false)
    private LocalDate escalatedOn;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;

    @Column(name = "due", nullable = false, updatable = false)
    private LocalDate due;

    protected Escalation() {
    }

    Escalation(String rectificationCaseId, EscalationLevel level, EscalationReason reason, LocalDate escalatedOn,
               Instant escalatedAt, LocalDate due) {
        this.id = UUID.randomUUID().toString();
        this.rectificationCaseId = rectificationCaseId;
        this.level = level;
        this.reason = reason;
        this.escalatedOn = escalatedOn;
        this.escalatedAt = escalatedAt;
        this.due = due;
    }

    public String id() { return id; }
    public String rectificationCaseId() { return rectificationCaseId; }
    public EscalationLevel level() { return level; }
    public EscalationReason reason() { return reason; }
    public LocalDate escalatedOn() { return escalatedOn; }
    public Instant escalatedAt() { return escalatedAt; }
    public LocalDate due() { return due; }
}
