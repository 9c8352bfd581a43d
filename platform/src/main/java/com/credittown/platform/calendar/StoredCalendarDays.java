package com.credittown.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The holidays and adjusted working days of the stored calendar years. */
interface StoredCalendarDays extends JpaRepository<StoredCalendarDay, LocalDate> {

    /** Deletes the days of the year at once (flushing pending changes first), before its new days are inserted. */
    @Modifying(flushAutomatically = true)
    @Query("delete from StoredCalendarDay d where d.year = :year")
    int deleteAllOfYear(@Param("year") int year);

    /** Rows of (year, kind, number of days). */
    @Query("select d.year, d.kind, count(d) from StoredCalendarDay d group by d.year, d.kind")
    List<Object[]> countByYearAndKind();
}
