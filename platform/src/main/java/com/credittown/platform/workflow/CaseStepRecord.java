package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a person decided at one step of a case: who, when, with which form data, against which deadline. */
@Entity
@Table(name = "case_step_record")
class CaseStepRecord extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "step_key", nullable = false, length = 100)
    private String stepKey;

    @Column(name = "step_name", length = 200)
    private String stepName;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "data_json", nullable = false, length = 8000)
    private String dataJson;

    protected CaseStepRecord() {
    }

    CaseStepRecord(String caseId, String taskId, String stepKey, String stepName, String actor, Instant completedAt,
                   Instant dueAt, String dataJson) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.actor = actor;
        this.completedAt = completedAt;
        this.dueAt = dueAt;
        this.dataJson = dataJson;
    }

    String caseId() { return caseId; }
    String stepKey() { return stepKey; }
    String stepName() { return stepName; }
    String actor() { return actor; }
    Instant completedAt() { return completedAt; }
    Instant dueAt() { return dueAt; }
    String dataJson() { return dataJson; }
}
