package com.credittown.workflows.settings;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of the tenant's settings: its number, what changed, who changed it and when. Never updated. */
@Entity
@Table(name = "tenant_settings_version")
class SettingsVersion extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "section", nullable = false, updatable = false, length = 30)
    private String section;

    @Column(name = "change_text", nullable = false, updatable = false, length = 1000)
    private String change;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected SettingsVersion() {
    }

    SettingsVersion(int version, String section, String change, String changedBy, Instant changedAt) {
        this.version = version;
        this.section = section;
        this.change = change.length() > 1000 ? change.substring(0, 1000) : change;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    SettingsChange describe() {
        return new SettingsChange(version, section, change, changedBy, changedAt);
    }

    int version() { return version; }
}
