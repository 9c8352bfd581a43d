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
import java.time.LocalDate;
import java.util.UUID;

/** One nomination for integrity star (诚信之星) within a round: one case of the {@code integrity-star} process. */
@Entity
@Table(name = "star_nomination")
public class StarNomination extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "round_id", nullable = false, length = 36)
    private String roundId;

    @Column(name = "subject_code", nullable = false, length = 18)
    private String subjectCode;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "nominated_by", nullable = false, length = 20)
    private String nominatedBy;

    @Column(name = "nominating_department", length = 100)
    private String nominatingDepartment;

    @Column(name = "reasons", nullable = false, length = 2000)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NominationStatus status;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Column(name = "ineligibility_reasons", length = 2000)
    private String ineligibilityReasons;

    @Column(name = "town_opinion", length = 2000)
    private String townOpinion;

    @Column(name = "publicity_first_day")
    private LocalDate publicityFirstDay;

    @Column(name = "publicity_last_day")
    private LocalDate publicityLastDay;

    @Column(name = "publicity_closes_at")
    private Instant publicityClosesAt;

    @Column(name = "objection_count", nullable = false)
    private int objectionCount;

    @Column(name = "objection_conclusion", length = 2000)
    private String objectionConclusion;

    @Column(name = "city_opinion", length = 2000)
    private String cityOpinion;

    @Column(name = "honour_record_id")
    private Long honourRecordId;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected StarNomination() {
    }

    StarNomination(String caseId, String roundId, String subjectCode, String subjectName, String nominatedBy,
                   String nominatingDepartment, String reasons, Instant nominatedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.roundId = roundId;
        this.subjectCode = subjectCode;
        this.subjectName = subjectName;
        this.nominatedBy = nominatedBy;
        this.nominatingDepartment = nominatingDepartment;
        this.reasons = reasons;
        this.status = NominationStatus.NOMINATED;
        this.nominatedAt = nominatedAt;
    }

    void eligible(long subjectId) {
        requireStatus(NominationStatus.NOMINATED);
        this.subjectId = subjectId;
        this.status = NominationStatus.TOWN_REVIEW;
    }

    void ineligible(Long subjectId, String reasons, Instant at) {
        requireStatus(NominationStatus.NOMINATED);
        this.subjectId = subjectId;
        this.ineligibilityReasons = reasons;
        close(NominationStatus.INELIGIBLE, at);
    }

    void rejectedByTown(String opinion, Instant at) {
        requireStatus(NominationStatus.TOWN_REVIEW);
        this.townOpinion = opinion;
        close(NominationStatus.REJECTED_BY_TOWN, at);
    }

    void publish(String townOpinion, LocalDate firstDay, LocalDate lastDay, Instant closesAt) {
        requireStatus(NominationStatus.TOWN_REVIEW);
        this.townOpinion = townOpinion;
        this.publicityFirstDay = firstDay;
        this.publicityLastDay = lastDay;
        this.publicityClosesAt = closesAt;
        this.status = NominationStatus.IN_PUBLICITY;
    }

    /** Whether an objection may be filed at this instant: in publicity and before the period has passed. */
    boolean acceptsObjectionsAt(Instant at) {
        return status == NominationStatus.IN_PUBLICITY && at.isBefore(publicityClosesAt);
    }

    /** Counts a filed objection; bumping the version makes a filing racing the period's end fail one side. */
    void objectionFiled() {
        objectionCount++;
    }

    /** The period has passed: no further objection; the case waits while any objection is unanswered. */
    void endPublicity(boolean objectionsOpen) {
        requireStatus(NominationStatus.IN_PUBLICITY);
        this.status = objectionsOpen ? NominationStatus.OBJECTIONS_PENDING : NominationStatus.CITY_REVIEW;
    }

    void objectionsConcluded(boolean upheld, String conclusion, Instant at) {
        requireStatus(NominationStatus.OBJECTIONS_PENDING);
        this.objectionConclusion = conclusion;
        if (upheld) {
            close(NominationStatus.WITHDRAWN, at);
        } else {
            this.status = NominationStatus.CITY_REVIEW;
        }
    }

    void award(String cityOpinion, long honourRecordId, Instant at) {
        requireStatus(NominationStatus.CITY_REVIEW);
        this.cityOpinion = cityOpinion;
        this.honourRecordId = honourRecordId;
        close(NominationStatus.AWARDED, at);
    }

    void refusedByCity(String cityOpinion, Instant at) {
        requireStatus(NominationStatus.CITY_REVIEW);
        this.cityOpinion = cityOpinion;
        close(NominationStatus.REFUSED_BY_CITY, at);
    }

    private void close(NominationStatus outcome, Instant at) {
        this.status = outcome;
        this.closedAt = at;
    }

    private void requireStatus(NominationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Nomination " + id + " is " + status + ", not " + expected);
        }
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String roundId() { return roundId; }
    public String subjectCode() { return subjectCode; }
    public String subjectName() { return subjectName; }
    public Long subjectId() { return subjectId; }
    public String nominatedBy() { return nominatedBy; }
    public String nominatingDepartment() { return nominatingDepartment; }
    public String reasons() { return reasons; }
    public NominationStatus status() { return status; }
    public Instant nominatedAt() { return nominatedAt; }
    public String ineligibilityReasons() { return ineligibilityReasons; }
    public String townOpinion() { return townOpinion; }
    public LocalDate publicityFirstDay() { return publicityFirstDay; }
    public LocalDate publicityLastDay() { return publicityLastDay; }
    public Instant publicityClosesAt() { return publicityClosesAt; }
    public int objectionCount() { return objectionCount; }
    public String objectionConclusion() { return objectionConclusion; }
    public String cityOpinion() { return cityOpinion; }
    public Long honourRecordId() { return honourRecordId; }
    public Instant closedAt() { return closedAt; }
}
