package com.credittown.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/** A holiday or an adjusted working day of a stored calendar year. A date is stored at most once. */
@Entity
@Table(name = "calendar_day")
class StoredCalendarDay implements Persistable<LocalDate> {

    enum Kind { HOLIDAY, ADJUSTED_WORKING_DAY }

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Column(name = "year_number", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "name", nullable = false, length = CalendarYear.MAX_NAME_LENGTH)
    private String name;

    /** Days are only ever inserted (a year's days are replaced as a whole), so saving one never needs a select. */
    @Transient
    private boolean isNew = true;

    protected StoredCalendarDay() {
    }

    StoredCalendarDay(LocalDate date, Kind kind, String name) {
        this.date = date;
        this.year = date.getYear();
        this.kind = kind;
        this.name = name;
    }

    @Override
    public LocalDate getId() {
        return date;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    LocalDate date() {
        return date;
    }

    int year() {
        return year;
    }

    Kind kind() {
        return kind;
    }

    String name() {
        return name;
    }
}
