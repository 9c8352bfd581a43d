package com.credittown.workflows.supervision;

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

/**
 * A notice, supervision request or interview reminder the city office sent to one tenant, with its deadline in
 * working days and, once the tenant's officer answered the inbox task, the handling report. Kept in the receiving
 * tenant's rows, so only that tenant (and the city office, acting in its context) ever reads it.
 */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", length = 64)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SupervisionKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "due_date", nullable = false))
    @AttributeOverride(name = "flagged", column = @Column(name = "due_flagged", nullable = false))
    private Deadline due = Deadline.none();

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_on")
    private LocalDate handledOn;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "report", length = 4000)
    private String report;

    @Column(name = "contact", length = 100)
    private String contact;

    protected SupervisionNotice() {
    }

    SupervisionNotice(SupervisionKind kind, String title, String body, int workingDays, LocalDate sentOn,
                      Instant sentAt, String sentBy, Deadline due) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.workingDays = workingDays;
        this.sentOn = sentOn;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.due = due;
    }

    void started(String caseId) {
        this.caseId = caseId;
    }

    void handled(String report, String contact, String by, LocalDate on, Instant at) {
        if (handledAt != null) {
            throw new IllegalStateException("Notice " + id + " was already handled at " + handledAt);
        }
        this.report = report;
        this.contact = contact;
        this.handledBy = by;
        this.handledOn = on;
        this.handledAt = at;
        this.onTime = !due.passedOn(on);
    }

    /** The status on {@code today} (city date). */
    public SupervisionStatus status(LocalDate today) {
        if (handledAt != null) {
            return Boolean.TRUE.equals(onTime) ? SupervisionStatus.HANDLED_ON_TIME : SupervisionStatus.HANDLED_LATE;
        }
        return due.passedOn(today) ? SupervisionStatus.OPEN_OVERDUE : SupervisionStatus.SENT;
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public SupervisionKind kind() { return kind; }
    public String title() { return title; }
    public String body() { return body; }
    public int workingDays() { return workingDays; }
    public LocalDate sentOn() { return sentOn; }
    public Instant sentAt() { return sentAt; }
    public String sentBy() { return sentBy; }
    public LocalDate dueDate() { return due.date(); }
    public boolean dueFlagged() { return due.flagged(); }
    public Instant handledAt() { return handledAt; }
    public LocalDate handledOn() { return handledOn; }
    public String handledBy() { return handledBy; }
    public Boolean onTime() { return onTime; }
    public String report() { return report; }
    public String contact() { return contact; }
}
