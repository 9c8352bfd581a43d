package com.credittown.workflows.star;

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
 * A round of the integrity-star selection (诚信之星评选批次), e.g. 2025年第三季度. The number of stars it may
 * confirm is copied from the template parameter {@code starsPerRound} when the round opens, so changing the
 * parameter later does not change a round already running.
 */
@Entity
@Table(name = "star_round")
public class StarRound extends TenantScoped {

    /** Whether nominations may still enter the round. */
    public enum Status { OPEN, CLOSED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "stars_per_round", nullable = false)
    private int starsPerRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected StarRound() {
    }

    StarRound(String name, int starsPerRound, Instant openedAt, String openedBy) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.starsPerRound = starsPerRound;
        this.status = Status.OPEN;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    void close(Instant at) {
        if (status == Status.OPEN) {
            status = Status.CLOSED;
            closedAt = at;
        }
    }

    public String id() { return id; }
    public String name() { return name; }
    public int starsPerRound() { return starsPerRound; }
    public Status status() { return status; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Instant closedAt() { return closedAt; }
}
