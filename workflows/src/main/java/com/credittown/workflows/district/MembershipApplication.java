package com.credittown.workflows.district;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application to join a district (入驻申请), one per case, as the tenant's ledger keeps it. */
@Entity
@Table(name = "district_application")
public class MembershipApplication extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "district_id", nullable = false, length = 36)
    private String districtId;

    @Column(name = "shop_name", nullable = false, length = 200)
    private String shopName;

    @Column(name = "subject_code", nullable = false, length = 18)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false, length = 100)
    private String appliedBy;

    @Column(name = "refusal_reasons", length = 2000)
    private String refusalReasons;

    @Column(name = "commitment_text", length = 5000)
    private String commitmentText;

    @Column(name = "signatory", length = 100)
    private String signatory;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "subject_id")
    private Long subjectId;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "inspection_due"))
    @AttributeOverride(name = "flagged", column = @Column(name = "inspection_due_flagged", nullable = false))
    private Deadline inspectionDue = Deadline.none();

    @Column(name = "inspection_overdue_at")
    private Instant inspectionOverdueAt;

    @Column(name = "inspection_findings", length = 2000)
    private String inspectionFindings;

    @Column(name = "shop_id", length = 36)
    private String shopId;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected MembershipApplication() {
    }

    MembershipApplication(String caseId, String districtId, String shopName, String subjectCode, Instant appliedAt,
                          String appliedBy) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.districtId = districtId;
        this.shopName = shopName;
        this.subjectCode = subjectCode;
        this.status = MembershipStatus.APPLIED;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    void refuse(String reasons, Instant at) {
        requireStatus(MembershipStatus.APPLIED);
        this.refusalReasons = clip(reasons);
        this.status = MembershipStatus.REFUSED;
        this.closedAt = at;
    }

    /** The subject signed the district's commitment; the text signed is kept as it was. */
    void sign(String signatory, LocalDate signedOn, String commitmentText) {
        requireStatus(MembershipStatus.APPLIED);
        this.signatory = signatory;
        this.signedOn = signedOn;
        this.commitmentText = commitmentText;
        this.status = MembershipStatus.SIGNED;
    }

    void creditRefused(long subjectId, String reasons, Instant at) {
        requireStatus(MembershipStatus.SIGNED);
        this.subjectId = subjectId;
        this.refusalReasons = clip(reasons);
        this.status = MembershipStatus.CREDIT_REFUSED;
        this.closedAt = at;
    }

    void inspect(long subjectId, Deadline due) {
        requireStatus(MembershipStatus.SIGNED);
        this.subjectId = subjectId;
        this.inspectionDue = due;
        this.status = MembershipStatus.INSPECTION;
    }

    void markInspectionOverdue(Instant at) {
        if (status == MembershipStatus.INSPECTION && inspectionOverdueAt == null) {
            this.inspectionOverdueAt = at;
        }
    }

    void reject(String findings, Instant at) {
        requireStatus(MembershipStatus.INSPECTION);
        this.inspectionFindings = findings;
        this.status = MembershipStatus.REJECTED;
        this.closedAt = at;
    }

    void admit(String findings, String shopId, Instant at) {
        requireStatus(MembershipStatus.INSPECTION);
        this.inspectionFindings = findings;
        this.shopId = shopId;
        this.status = MembershipStatus.ADMITTED;
        this.closedAt = at;
    }

    private void requireStatus(MembershipStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Application " + id + " is " + status + ", not " + expected);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String districtId() { return districtId; }
    public String shopName() { return shopName; }
    public String subjectCode() { return subjectCode; }
    public MembershipStatus status() { return status; }
    public Instant appliedAt() { return appliedAt; }
    public String appliedBy() { return appliedBy; }
    public String refusalReasons() { return refusalReasons; }
    public String commitmentText() { return commitmentText; }
    public String signatory() { return signatory; }
    public LocalDate signedOn() { return signedOn; }
    public Long subjectId() { return subjectId; }
    public LocalDate inspectionDue() { return inspectionDue.date(); }
    public boolean inspectionDueFlagged() { return inspectionDue.flagged(); }
    public Instant inspectionOverdueAt() { return inspectionOverdueAt; }
    public String inspectionFindings() { return inspectionFindings; }
    public String shopId() { return shopId; }
    public Instant closedAt() { return closedAt; }
}
