package com.credittown.workflows.district;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An honest business district (诚信商圈、诚信街区、诚信市场) of the tenant, with the integrity commitment its
 * shops sign and its latest rating.
 */
@Entity
@Table(name = "district")
public class District extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private DistrictKind kind;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "commitment_text", nullable = false, length = 5000)
    private String commitmentText;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 10)
    private Rating rating;

    @Column(name = "green_share_percent")
    private Integer greenSharePercent;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected District() {
    }

    District(String name, DistrictKind kind, String address, String commitmentText, Instant createdAt,
             String createdBy) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.commitmentText = commitmentText;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A district without member shops has no rating (null); otherwise its share of green shops decides. */
    void rated(Rating rating, Integer greenSharePercent, Instant at) {
        this.rating = rating;
        this.greenSharePercent = greenSharePercent;
        this.ratedAt = at;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void close(Instant at) {
        this.closedAt = at;
    }

    /** A closed district admits no new shops; its history stays. */
    public boolean closed() { return closedAt != null; }
    public Instant closedAt() { return closedAt; }
    public String id() { return id; }
    public String name() { return name; }
    public DistrictKind kind() { return kind; }
    public String address() { return address; }
    public String commitmentText() { return commitmentText; }
    public Rating rating() { return rating; }
    public Integer greenSharePercent() { return greenSharePercent; }
    public Instant ratedAt() { return ratedAt; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
