package com.credittown.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A calendar year as stored: the notice it follows, who entered it and when; its days are separate rows. */
@Entity
@Table(name = "calendar_year")
class StoredCalendarYear {

    @Id
    @Column(name = "year_number")
    private Integer year;

    @Column(name = "source", nullable = false, length = CalendarYear.MAX_SOURCE_LENGTH)
    private String source;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected StoredCalendarYear() {
    }

    StoredCalendarYear(int year, String source, Instant updatedAt, String updatedBy) {
        this.year = year;
        update(source, updatedAt, updatedBy);
    }

    void update(String source, Instant updatedAt, String updatedBy) {
        this.source = source;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    int year() {
        return year;
    }

    String source() {
        return source;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Long version() {
        return version;
    }
}
