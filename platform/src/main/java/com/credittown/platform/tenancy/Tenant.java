package com.credittown.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant as registered in the platform (provisioned from the tenant catalogue under {@code tenants/}). */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private TenantKind kind;

    @Column(name = "provisioned_at", nullable = false)
    private Instant provisionedAt;

    protected Tenant() {
    }

    public Tenant(TenantId id, String nameZh, TenantKind kind, Instant provisionedAt) {
        this(id, nameZh, null, kind, provisionedAt);
    }

    public Tenant(TenantId id, String nameZh, String nameEn, TenantKind kind, Instant provisionedAt) {
        this.code = id.code();
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.provisionedAt = provisionedAt;
    }

    public TenantId id() {
        return new TenantId(code);
    }

    public String nameZh() {
        return nameZh;
    }

    /** The English name from the catalogue (e.g. Humen Town), or null when the catalogue gives none. */
    public String nameEn() {
        return nameEn;
    }

    /** The name to show in this language: English when asked for and known, else the Chinese name. */
    public String name(java.util.Locale locale) {
        return TenantNames.english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public TenantKind kind() {
        return kind;
    }

    public Instant provisionedAt() {
        return provisionedAt;
    }

    /** Updates the descriptive fields; returns whether anything changed. */
    boolean describe(String nameZh, String nameEn, TenantKind kind) {
        boolean changed = !this.nameZh.equals(nameZh) || !java.util.Objects.equals(this.nameEn, nameEn)
                || this.kind != kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        return changed;
    }
}
