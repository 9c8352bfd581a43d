package com.credittown.workflows.settings;

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

/**
 * A user who reviews for a department. The settings are the source; Keycloak learns of it through this row
 * (state {@link SyncState#PENDING} until Keycloak has the user's department), so nothing is lost while Keycloak
 * is down. A removed reviewer stays as a row with {@code removed} until Keycloak has cleared the department.
 */
@Entity
@Table(name = "department_reviewer")
class DepartmentReviewer extends TenantScoped {

    enum SyncState { PENDING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_code", nullable = false, length = 50)
    private String departmentCode;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "removed", nullable = false)
    private boolean removed;

    @Enumerated(EnumType.STRING)
    @Column(name = "sync_state", nullable = false, length = 20)
    private SyncState syncState;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DepartmentReviewer() {
    }

    DepartmentReviewer(String departmentCode, String username, Instant at) {
        this.departmentCode = departmentCode;
        this.username = username;
        assign(departmentCode, at);
    }

    void assign(String department, Instant at) {
        this.departmentCode = department;
        this.removed = false;
        pending(at);
    }

    void remove(Instant at) {
        this.removed = true;
        pending(at);
    }

    private void pending(Instant at) {
        this.syncState = SyncState.PENDING;
        this.attempts = 0;
        this.lastError = null;
        this.changedAt = at;
    }

    void synced() {
        this.syncState = SyncState.DONE;
        this.lastError = null;
    }

    /** Keycloak could not be reached: stays pending and is tried again. */
    void attemptFailed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    }

    /** Keycloak answered that this can never work (e.g. the user left the tenant). */
    void refused(String reason) {
        this.syncState = SyncState.FAILED;
        this.lastError = reason;
    }

    Long id() { return id; }
    String departmentCode() { return departmentCode; }
    String username() { return username; }
    boolean removed() { return removed; }
    SyncState syncState() { return syncState; }
    String lastError() { return lastError; }
}
