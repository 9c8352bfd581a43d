package com.credittown.workflows.district;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * A shop admitted to a district (入驻商户), with the listing code its QR code carries and its current rating.
 * A removed shop keeps its row (status REMOVED); a later admission of the same subject is a new row.
 */
@Entity
@Table(name = "district_shop")
public class DistrictShop extends TenantScoped {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "district_id", nullable = false, length = 36)
    private String districtId;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "shop_name", nullable = false, length = 200)
    private String shopName;

    @Column(name = "subject_code", nullable = false, length = 18)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ShopStatus status;

    @Column(name = "admitted_at", nullable = false)
    private Instant admittedAt;

    @Column(name = "listing_code", nullable = false, length = 43)
    private String listingCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 10)
    private Rating rating;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removal_reason", length = 2000)
    private String removalReason;

    @Column(name = "rectified_on")
    private LocalDate rectifiedOn;

    @Column(name = "rectified_at")
    private Instant rectifiedAt;

    @Column(name = "rectified_by", length = 100)
    private String rectifiedBy;

    @Column(name = "rectification_note", length = 2000)
    private String rectificationNote;

    protected DistrictShop() {
    }

    DistrictShop(String districtId, String caseId, String shopName, String subjectCode, Instant admittedAt) {
        this.id = UUID.randomUUID().toString();
        this.districtId = districtId;
        this.caseId = caseId;
        this.shopName = shopName;
        this.subjectCode = subjectCode;
        this.status = ShopStatus.MEMBER;
        this.admittedAt = admittedAt;
        this.listingCode = newListingCode();
        this.rating = Rating.GREEN;
    }

    /** 128 random bits, URL-safe base64 without padding (22 characters): unguessable, fits a QR code URL. */
    static String newListingCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns whether the rating changed. */
    boolean rated(Rating rating, Instant at) {
        boolean changed = this.rating != rating;
        this.rating = rating;
        this.ratedAt = at;
        return changed;
    }

    void remove(String reason, LocalDate on, Instant at) {
        if (status != ShopStatus.MEMBER) {
            throw new IllegalStateException("Shop " + id + " is " + status);
        }
        this.status = ShopStatus.REMOVED;
        this.removalReason = reason;
        this.removedOn = on;
        this.removedAt = at;
    }

    /** The town confirms that a removed shop has rectified what broke its commitment; it may then reapply. */
    void rectified(String note, LocalDate on, Instant at, String by) {
        if (status != ShopStatus.REMOVED || rectifiedOn != null) {
            throw new IllegalStateException("Shop " + id + " is " + status + (rectifiedOn == null ? "" : ", rectified"));
        }
        this.rectificationNote = note;
        this.rectifiedOn = on;
        this.rectifiedAt = at;
        this.rectifiedBy = by;
    }

    public String id() { return id; }
    public String districtId() { return districtId; }
    public String caseId() { return caseId; }
    public String shopName() { return shopName; }
    public String subjectCode() { return subjectCode; }
    public ShopStatus status() { return status; }
    public Instant admittedAt() { return admittedAt; }
    public String listingCode() { return listingCode; }
    public Rating rating() { return rating; }
    public Instant ratedAt() { return ratedAt; }
    public LocalDate removedOn() { return removedOn; }
    public Instant removedAt() { return removedAt; }
    public String removalReason() { return removalReason; }
    public LocalDate rectifiedOn() { return rectifiedOn; }
    public Instant rectifiedAt() { return rectifiedAt; }
    public String rectifiedBy() { return rectifiedBy; }
    public String rectificationNote() { return rectificationNote; }
}
