package com.credittown.workflows.keytask;

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

/** One version of a tenant's copy of a key task: its content after a change, who made it, when, and what changed. */
@Entity
@Table(name = "key_task_revision")
public class KeyTaskRevision extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "assignment_id", nullable = false, length = 36)
    private String assignmentId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "owner_person", length = 100)
    private String ownerPerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private KeyTaskState state;

    @Column(name = "progress_note", length = 2000)
    private String progressNote;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changes", nullable = false, length = 4000)
    private String changes;

    protected KeyTaskRevision() {
    }

    KeyTaskRevision(KeyTaskAssignment copy, String changes) {
        this.assignmentId = copy.id();
        this.revision = copy.revision();
        this.ownerPerson = copy.ownerPerson();
        this.state = copy.state();
        this.progressNote = copy.progressNote();
        this.completedOn = copy.completedOn();
        this.changedAt = copy.updatedAt();
        this.changedBy = copy.updatedBy();
        this.changes = changes.length() <= 4000 ? changes : changes.substring(0, 4000);
    }

    /** The first revision of a copy written by the city's assignment across tenants ({@code CityWrites}). */
    static KeyTaskRevision forTenant(com.credittown.platform.tenancy.TenantId tenant, KeyTaskAssignment copy,
                                     String changes) {
        KeyTaskRevision revision = new KeyTaskRevision(copy, changes);
        revision.assignTenant(tenant);
        return revision;
    }

    public int revision() { return revision; }
    public String ownerPerson() { return ownerPerson; }
    public KeyTaskState state() { return state; }
    public String progressNote() { return progressNote; }
    public LocalDate completedOn() { return completedOn; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
    public String changes() { return changes; }
}
