package com.credittown.workflows.cases;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case step copied to a user for information (抄送): who sent it, to whom, when, with which note. */
@Entity
@Table(name = "task_copy")
public class TaskCopy extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "process_key", length = 100)
    private String processKey;

    @Column(name = "step_key", length = 100)
    private String stepKey;

    @Column(name = "step_name", length = 200)
    private String stepName;

    @Column(name = "sender", nullable = false, length = 100)
    private String sender;

    @Column(name = "recipient", nullable = false, length = 100)
    private String recipient;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "copied_at", nullable = false)
    private Instant copiedAt;

    protected TaskCopy() {
    }

    TaskCopy(String caseId, String taskId, String processKey, String stepKey, String stepName, String sender,
             String recipient, String note, Instant copiedAt) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.processKey = processKey;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.sender = sender;
        this.recipient = recipient;
        this.note = note;
        this.copiedAt = copiedAt;
    }

    public Long getId() { return id; }

    public String getCaseId() { return caseId; }

    public String getTaskId() { return taskId; }

    public String getProcessKey() { return processKey; }

    public String getStepKey() { return stepKey; }

    public String getStepName() { return stepName; }

    public String getSender() { return sender; }

    public String getRecipient() { return recipient; }

    public String getNote() { return note; }

    public Instant getCopiedAt() { return copiedAt; }
}
