package com.credittown.platform.audit;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited change: who did what to which thing, when and why. Never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    private String subjectId;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    /** For the city's writes across tenants: the entry goes into this tenant's trail. */
    void forTenant(com.credittown.platform.tenancy.TenantId tenant) {
        assignTenant(tenant);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }
}
