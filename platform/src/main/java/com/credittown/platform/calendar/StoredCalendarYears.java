package com.credittown.platform.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored calendar years. Not tenant-scoped: the calendar belongs to the city. */
interface StoredCalendarYears extends JpaRepository<StoredCalendarYear, Integer> {

    List<StoredCalendarYear> findAllByOrderByYearAsc();
}
