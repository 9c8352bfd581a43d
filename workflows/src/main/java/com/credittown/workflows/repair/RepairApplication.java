package com.credittown.workflows.repair;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A credit repair application (信用修复申请): one application for several records of one subject, with the single
 * window's decision, the deadlines, the one extension and the outcome, as the tenant's ledger keeps it.
 */
@Entity
@Table(name = "repair_application")
public class RepairApplication extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false, length = 64)
    private String caseId;

    @Column(name = "subject_code", nullable = false, updatable = false, length = 18)
    private String subjectCode;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "applicant", nullable = false, updatable = false, length = 100)
    private String applicant;

    @Column(name = "obligations_fulfilled", nullable = false, updatable = false)
    private boolean obligationsFulfilled;

    @Column(name = "commitment_signed", nullable = false, updatable = false)
    private boolean commitmentSigned;

    @Column(name = "commitment_reference", updatable = false, length = 100)
    private String commitmentReference;

    @Column(name = "statement", updatable = false, length = 2000)
    private String statement;

    @Column(name = "eligible", nullable = false, updatable = false)
    private boolean eligible;

    @Column(name = "ineligible_reasons", updatable = false, length = 2000)
    private String ineligibleReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RepairStatus status;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "acceptance_due", nullable = false, updatable = false))
    @AttributeOverride(name = "flagged",
            column = @Column(name = "acceptance_due_flagged", nullable = false, updatable = false))
    private Deadline acceptanceDue = Deadline.none();

    @Column(name = "acceptance_overdue_at")
    private Instant acceptanceOverdueAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "rejected_on")
    private LocalDate rejectedOn;

    @Column(name = "rejection_reasons", length = 1000)
    private String rejectionReasons;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "result_due"))
    @AttributeOverride(name = "flagged", column = @Column(name = "result_due_flagged", nullable = false))
    private Deadline resultDue = Deadline.none();

    @Column(name = "original_result_due")
    private LocalDate originalResultDue;

    @Column(name = "extension_working_days")
    private Integer extensionWorkingDays;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Column(name = "extended_by", length = 100)
    private String extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "result_overdue_at")
    private Instant resultOverdueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "on_time")
    private Boolean onTime;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("itemNo")
    private List<RepairItem> items = new ArrayList<>();

    protected RepairApplication() {
    }

    RepairApplication(String caseId, long subjectId, String subjectCode, String applicant, Declarations declarations,
                      List<ListedRecord> records, List<String> ineligibleReasons, Instant appliedAt,
                      LocalDate appliedOn, Deadline acceptanceDue) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.subjectId = subjectId;
        this.subjectCode = subjectCode;
        this.applicant = applicant;
        this.obligationsFulfilled = declarations.obligationsFulfilled();
        this.commitmentSigned = declarations.commitmentSigned();
        this.commitmentReference = declarations.commitmentReference();
        this.statement = declarations.statement();
        this.eligible = ineligibleReasons.isEmpty();
        this.ineligibleReasons = ineligibleReasons.isEmpty() ? null : String.join("; ", ineligibleReasons);
        this.status = RepairStatus.APPLIED;
        this.appliedAt = appliedAt;
        this.appliedOn = appliedOn;
        this.acceptanceDue = acceptanceDue;
        for (int i = 0; i < records.size(); i++) {
            items.add(new RepairItem(this, i + 1, records.get(i)));
        }
    }

    /** What the applicant declares besides the records. */
    record Declarations(boolean obligationsFulfilled, boolean commitmentSigned, String commitmentReference,
                        String statement) {
    }

    void markAcceptanceOverdue(Instant at) {
        if (status == RepairStatus.APPLIED && acceptanceOverdueAt == null) {
            acceptanceOverdueAt = at;
        }
    }

    void accept(String officer, LocalDate on, Deadline resultDue) {
        requireStatus(RepairStatus.APPLIED);
        if (!eligible) {
            throw new IllegalStateException("Application " + id + " is not eligible: " + ineligibleReasons);
        }
        this.decidedBy = officer;
        this.acceptedOn = on;
        this.resultDue = resultDue;
        this.originalResultDue = resultDue.date();
        this.status = RepairStatus.ACCEPTED;
    }

    void reject(String officer, LocalDate on, String reasons, Instant at) {
        requireStatus(RepairStatus.APPLIED);
        this.decidedBy = officer;
        this.rejectedOn = on;
        this.rejectionReasons = reasons;
        this.status = RepairStatus.REJECTED;
        this.closedAt = at;
        this.closedOn = on;
        this.onTime = !acceptanceDue.passedOn(on);
    }

    /** Moves the result deadline, once; the new one stays flagged if the one it moves was. */
    void extend(int workingDays, String reason, String officer, Deadline newDue, Instant at) {
        requireStatus(RepairStatus.ACCEPTED);
        if (extendedAt != null) {
            throw new IllegalStateException("Application " + id + " has been extended already");
        }
        this.extensionWorkingDays = workingDays;
        this.extensionReason = reason;
        this.extendedBy = officer;
        this.extendedAt = at;
        this.resultDue = newDue.flaggedAlsoWhen(resultDue);
    }

    void markResultOverdue(Instant at) {
        if (status == RepairStatus.ACCEPTED && resultOverdueAt == null) {
            resultOverdueAt = at;
        }
    }

    void conclude(LocalDate on, Instant at) {
        requireStatus(RepairStatus.ACCEPTED);
        if (items.stream().anyMatch(item -> item.outcome() == ItemOutcome.PENDING)) {
            throw new IllegalStateException("Application " + id + " still has items to review");
        }
        this.status = RepairStatus.CONCLUDED;
        this.closedAt = at;
        this.closedOn = on;
        this.onTime = !resultDue.passedOn(on);
    }

    Optional<RepairItem> itemFor(long recordId) {
        return items.stream().filter(item -> item.recordId() == recordId).findFirst();
    }

    private void requireStatus(RepairStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Repair application " + id + " is " + status + ", not " + expected);
        }
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String subjectCode() { return subjectCode; }
    public long subjectId() { return subjectId; }
    public String applicant() { return applicant; }
    public boolean obligationsFulfilled() { return obligationsFulfilled; }
    public boolean commitmentSigned() { return commitmentSigned; }
    public String commitmentReference() { return commitmentReference; }
    public boolean eligible() { return eligible; }
    public String ineligibleReasons() { return ineligibleReasons; }
    public RepairStatus status() { return status; }
    public Instant appliedAt() { return appliedAt; }
    public LocalDate appliedOn() { return appliedOn; }
    public LocalDate acceptanceDue() { return acceptanceDue.date(); }
    public boolean acceptanceDueFlagged() { return acceptanceDue.flagged(); }
    public Instant acceptanceOverdueAt() { return acceptanceOverdueAt; }
    public String decidedBy() { return decidedBy; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate rejectedOn() { return rejectedOn; }
    public String rejectionReasons() { return rejectionReasons; }
    public LocalDate resultDue() { return resultDue.date(); }
    public boolean resultDueFlagged() { return resultDue.flagged(); }
    /** The result deadline, from which an extension is counted. */
    Deadline resultDeadline() { return resultDue; }
    public LocalDate originalResultDue() { return originalResultDue; }
    public Integer extensionWorkingDays() { return extensionWorkingDays; }
    public String extensionReason() { return extensionReason; }
    public String extendedBy() { return extendedBy; }
    public Instant extendedAt() { return extendedAt; }
    public Instant resultOverdueAt() { return resultOverdueAt; }
    public Instant closedAt() { return closedAt; }
    public LocalDate closedOn() { return closedOn; }
    public Boolean onTime() { return onTime; }
    public List<RepairItem> items() { return List.copyOf(items); }
}
