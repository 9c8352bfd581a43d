package com.credittown.workflows.governance;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A prompt or warning interview (提示约谈、警示约谈) with an entity of the tenant's ledger; never changed once recorded. */
@Entity
@Table(name = "governance_interview")
class Interview extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private InterviewKind kind;
    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;
    @Column(nullable = false, updatable = false, length = 500)
    private String participants;
    @Column(nullable = false, updatable = false, length = 4000)
    private String content;
    @Column(nullable = false, updatable = false, length = 4000)
    private String outcome;
    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "follow_up_on", nullable = false, updatable = false))
    @AttributeOverride(name = "flagged",
            column = @Column(name = "follow_up_flagged", nullable = false, updatable = false))
    private Deadline followUp = Deadline.none();
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 120)
    private String recordedBy;

    protected Interview() {
    }

    Interview(long entryId, InterviewKind kind, LocalDate heldOn, String participants, String content, String outcome,
              Deadline followUp, Instant now, String actor) {
        this.entryId = entryId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.participants = participants;
        this.content = content;
        this.outcome = outcome;
        this.followUp = followUp;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    InterviewView view() {
        return new InterviewView(id, kind, kind.zh(), heldOn, participants, content, outcome, followUp.date(),
                followUp.flagged(), recordedAt, recordedBy);
    }

    Long id() { return id; }
    long entryId() { return entryId; }
    InterviewKind kind() { return kind; }
    LocalDate heldOn() { return heldOn; }
    LocalDate followUpOn() { return followUp.date(); }
    Deadline followUp() { return followUp; }
}
