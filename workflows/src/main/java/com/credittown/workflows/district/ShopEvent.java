package com.credittown.workflows.district;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint against, or an inspection of, a member shop: what its periodic rating is computed from. */
@Entity
@Table(name = "shop_event")
public class ShopEvent extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 36)
    private String shopId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private ShopEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 16)
    private ShopEventResult result;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected ShopEvent() {
    }

    ShopEvent(String shopId, ShopEventResult result, LocalDate date, String note, Instant recordedAt,
              String recordedBy) {
        this.id = UUID.randomUUID().toString();
        this.shopId = shopId;
        this.kind = result.kind();
        this.result = result;
        this.date = date;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String id() { return id; }
    public String shopId() { return shopId; }
    public ShopEventKind kind() { return kind; }
    public ShopEventResult result() { return result; }
    public LocalDate date() { return date; }
    public String note() { return note; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
