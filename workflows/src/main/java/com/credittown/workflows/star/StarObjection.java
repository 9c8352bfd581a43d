package com.credittown.workflows.star;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An objection (异议) to a nomination in publicity, filed by anyone, answered by the town. */
@Entity
@Table(name = "star_objection")
public class StarObjection extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    private String nominationId;

    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    @Column(name = "objector_name", length = 50)
    private String objectorName;

    @Column(name = "objector_contact", length = 100)
    private String objectorContact;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "answer", length = 2000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    protected StarObjection() {
    }

    StarObjection(String caseId, String nominationId, String text, Instant filedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.nominationId = nominationId;
        this.text = text;
        this.filedAt = filedAt;
    }

    StarObjection(String caseId, String nominationId, String objectorName, String objectorContact, String text,
                  Instant filedAt) {
        this(caseId, nominationId, text, filedAt);
        this.objectorName = objectorName;
        this.objectorContact = objectorContact;
    }

    void answer(String answer, String actor, Instant at) {
        this.answer = answer;
        this.answeredBy = actor;
        this.answeredAt = at;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String nominationId() { return nominationId; }
    public String text() { return text; }
    public Instant filedAt() { return filedAt; }
    /** Who objected, as they gave it on the public form; {@code null} for objections filed without a name. */
    public String objectorName() { return objectorName; }
    public String objectorContact() { return objectorContact; }
    public String answer() { return answer; }
    public Instant answeredAt() { return answeredAt; }
    public String answeredBy() { return answeredBy; }
}
