package com.credittown.workflows.keytask;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
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
 * A tenant's own copy of a key task: who owns it in the tenant, how far it is and when it was completed. Only the
 * tenant updates it; every update is a new revision ({@link KeyTaskRevision}) and an audit entry.
 */
@Entity
@Table(name = "key_task_assignment")
public class KeyTaskAssignment extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "key_task_id", nullable = false, length = 36)
    private String keyTaskId;

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

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected KeyTaskAssignment() {
    }

    KeyTaskAssignment(String keyTaskId, Instant at, String by) {
        this.id = UUID.randomUUID().toString();
        this.keyTaskId = keyTaskId;
        this.revision = 1;
        this.state = KeyTaskState.NOT_STARTED;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** A town's copy written by the city's assignment across tenants ({@code CityWrites}). */
    static KeyTaskAssignment forTenant(com.credittown.platform.tenancy.TenantId tenant, String keyTaskId, Instant at,
                                       String by) {
        KeyTaskAssignment copy = new KeyTaskAssignment(keyTaskId, at, by);
        copy.assignTenant(tenant);
        return copy;
    }

    void update(String ownerPerson, KeyTaskState state, String progressNote, LocalDate completedOn, Instant at,
                String by) {
        this.ownerPerson = ownerPerson;
        this.state = state;
        this.progressNote = progressNote;
        this.completedOn = completedOn;
        this.updatedAt = at;
        this.updatedBy = by;
        this.revision++;
    }

    public String id() { return id; }
    public long version() { return version; }
    public String keyTaskId() { return keyTaskId; }
    public int revision() { return revision; }
    public String ownerPerson() { return ownerPerson; }
    public KeyTaskState state() { return state; }
    public String progressNote() { return progressNote; }
    public LocalDate completedOn() { return completedOn; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
