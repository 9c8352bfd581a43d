package com.credittown.workflows.governance;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One follow-up of the entity's rectification (督促及时纠正失信行为): the day, what was found, the state after it. */
@Entity
@Table(name = "governance_follow_up")
class FollowUp extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;
    @Column(name = "followed_on", nullable = false, updatable = false)
    private LocalDate followedOn;
    @Column(nullable = false, updatable = false, length = 4000)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Rectification rectification;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 120)
    private String recordedBy;

    protected FollowUp() {
    }

    FollowUp(long entryId, LocalDate followedOn, String note, Rectification rectification, Instant now, String actor) {
        this.entryId = entryId;
        this.followedOn = followedOn;
        this.note = note;
        this.rectification = rectification;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    FollowUpView view() {
        return new FollowUpView(id, followedOn, note, rectification, recordedAt, recordedBy);
    }

    long entryId() { return entryId; }
}
