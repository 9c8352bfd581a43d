package com.credittown.workflows.keytask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A key task of the annual assessment (重点任务, plan item 二十四) as the city office assigned it. It belongs to the
 * city, not to a tenant: each assigned tenant keeps its own copy ({@link KeyTaskAssignment}).
 */
@Entity
@Table(name = "key_task")
public class KeyTask {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "basis", nullable = false, length = 300)
    private String basis;

    @Column(name = "owner_unit", nullable = false, length = 100)
    private String ownerUnit;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "reminder_working_days")
    private Integer reminderWorkingDays;

    @Column(name = "remind_on")
    private LocalDate remindOn;

    @Column(name = "remind_on_flagged", nullable = false)
    private boolean remindOnFlagged;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected KeyTask() {
    }

    KeyTask(String title, String description, String basis, String ownerUnit, LocalDate deadline,
            Integer reminderWorkingDays, LocalDate remindOn, boolean remindOnFlagged, Instant createdAt,
            String createdBy) {
        this.id = UUID.randomUUID().toString();
        this.title = title;
        this.description = description;
        this.basis = basis;
        this.ownerUnit = ownerUnit;
        this.deadline = deadline;
        this.reminderWorkingDays = reminderWorkingDays;
        this.remindOn = remindOn;
        this.remindOnFlagged = remindOnFlagged;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String basis() { return basis; }
    public String ownerUnit() { return ownerUnit; }
    public LocalDate deadline() { return deadline; }
    public Integer reminderWorkingDays() { return reminderWorkingDays; }
    public LocalDate remindOn() { return remindOn; }
    public boolean remindOnFlagged() { return remindOnFlagged; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
