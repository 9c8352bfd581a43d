package com.credittown.platform.credit;

import com.credittown.platform.credit.grade.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A credit subject (信用主体) of the city-wide archive (plan (三)): one per unified social credit code, whichever
 * tenant registered it. A natural person has no code here and only the masked name: the identifying data is in
 * {@code credit.person}, encrypted. Not tenant-scoped: who may read it is {@link ArchiveAccess}'s rule.
 */
@Entity
@Table(name = "credit_subject")
class CreditSubject {

    @Id
    // ids from a sequence handed out 50 at a time (pooled-lo), so inserts go in JDBC batches; the column's
    // default takes the same sequence (db/changelog/platform/pooled-ids.yaml)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_subject_ids")
    @SequenceGenerator(name = "credit_subject_ids", sequenceName = "credit_subject_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private SubjectKind kind;

    @Column(name = "code", updatable = false, length = 18)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Convert(converter = TagsConverter.class)
    @Column(name = "tags", length = 500)
    private List<String> tags;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // one letter, but varchar like every other enum column (not char(1))
    @Column(name = "grade", nullable = false, length = 1)
    private Grade grade;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The tenant that registered the subject; {@code null} when the city did. It confers no rights over it. */
    @Column(name = "registered_by", updatable = false, length = 40)
    private String registeredBy;

    protected CreditSubject() {
    }

    CreditSubject(String registeredBy, SubjectKind kind, String code, String name, List<String> tags, Grade grade,
                  int score, Instant createdAt) {
        this.registeredBy = registeredBy;
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.tags = List.copyOf(tags);
        this.grade = grade;
        this.score = score;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    SubjectKind kind() {
        return kind;
    }

    /** The unified social credit code; {@code null} for a natural person. */
    String code() {
        return code;
    }

    String name() {
        return name;
    }

    List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    Grade grade() {
        return grade;
    }

    int score() {
        return score;
    }

    Instant createdAt() {
        return createdAt;
    }

    String registeredBy() {
        return registeredBy;
    }

    void regrade(Grade grade, int score) {
        this.grade = grade;
        this.score = score;
    }
}
