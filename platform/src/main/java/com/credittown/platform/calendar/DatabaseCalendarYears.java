package com.credittown.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar years the city office maintains, stored in the database ({@code calendar_year}, {@code calendar_day})
 * and held in memory, since working-day arithmetic runs on hot paths: {@link #find(int)} never queries the database.
 * The memory copy is loaded by {@link #reload()} and updated when a transaction that {@linkplain #write wrote} a year
 * commits. Thread-safe.
 *
 * <p>Another application instance writing a year is not seen until {@link #reload()} (start-up) here.
 */
final class DatabaseCalendarYears implements CalendarYears {

    /** Who entered the years seeded from the shipped files. */
    static final String SEEDED_BY = "system";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCalendarYears.class);

    private final StoredCalendarYears years;
    private final StoredCalendarDays days;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    private volatile SortedMap<Integer, CalendarYear> cache = Collections.emptySortedMap();

    DatabaseCalendarYears(StoredCalendarYears years, StoredCalendarDays days, PlatformTransactionManager transactions) {
        this.years = years;
        this.days = days;
        this.transactions = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public Optional<CalendarYear> find(int year) {
        return Optional.ofNullable(cache.get(year));
    }

    /** The years held, in order, as of the last load or committed write. */
    SortedMap<Integer, CalendarYear> all() {
        return cache;
    }

    /**
     * Stores every shipped year the database does not have yet. A year already stored is kept as it is, even if the
     * shipped file differs: the city office may have corrected it.
     */
    void seed(InMemoryCalendarYears shipped, Instant at) {
        for (int year : shipped.years()) {
            if (years.existsById(year)) {
                continue;
            }
            CalendarYear calendar = shipped.find(year).orElseThrow();
            try {
                transactions.executeWithoutResult(status -> write(calendar, SEEDED_BY, at));
                LOG.info("Calendar year {} entered from the shipped file calendar/{}.json: {} holidays, {} adjusted "
                                + "working days ({})", year, year, calendar.holidays().size(),
                        calendar.adjustedWorkingDays().size(), calendar.source());
            } catch (DataIntegrityViolationException e) {
                LOG.info("Calendar year {} was entered meanwhile by another instance; kept as entered", year);
            }
        }
    }

    /** Loads every stored year into memory, replacing what is held. */
    synchronized void reload() {
        SortedMap<Integer, CalendarYear> loaded = readOnly.execute(status -> load());
        cache = Collections.unmodifiableSortedMap(loaded);
    }

    /**
     * Stores the year, replacing its days if it is stored already, in the caller's transaction; the memory copy
     * follows when that transaction commits.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException if the year was changed concurrently
     * @throws DataIntegrityViolationException                           if the year was entered concurrently
     */
    void write(CalendarYear calendar, String actor, Instant at) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A calendar year is written in a transaction");
        }
        StoredCalendarYear row = years.findById(calendar.year()).orElse(null);
        if (row == null) {
            row = new StoredCalendarYear(calendar.year(), calendar.source(), at, actor);
        } else {
            row.update(calendar.source(), at, actor);
        }
        // Flushing the year first checks its version and locks its row, so concurrent writers of a year queue here.
        years.saveAndFlush(row);
        days.deleteAllOfYear(calendar.year());
        List<StoredCalendarDay> rows = new ArrayList<>();
        calendar.holidays().forEach((date, name) ->
                rows.add(new StoredCalendarDay(date, StoredCalendarDay.Kind.HOLIDAY, name)));
        calendar.adjustedWorkingDays().forEach((date, name) ->
                rows.add(new StoredCalendarDay(date, StoredCalendarDay.Kind.ADJUSTED_WORKING_DAY, name)));
        days.saveAll(rows);
        days.flush();
        afterCommit(() -> put(calendar));
    }

    /** Runs the action when the current transaction commits (not at all if it rolls back). */
    static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private synchronized void put(CalendarYear calendar) {
        TreeMap<Integer, CalendarYear> updated = new TreeMap<>(cache);
        updated.put(calendar.year(), calendar);
        cache = Collections.unmodifiableSortedMap(updated);
    }

    private SortedMap<Integer, CalendarYear> load() {
        Map<Integer, Map<LocalDate, String>> holidays = new HashMap<>();
        Map<Integer, Map<LocalDate, String>> adjustedWorkingDays = new HashMap<>();
        for (StoredCalendarDay day : days.findAll()) {
            Map<Integer, Map<LocalDate, String>> byYear =
                    day.kind() == StoredCalendarDay.Kind.HOLIDAY ? holidays : adjustedWorkingDays;
            byYear.computeIfAbsent(day.year(), year -> new HashMap<>()).put(day.date(), day.name());
        }
        TreeMap<Integer, CalendarYear> loaded = new TreeMap<>();
        for (StoredCalendarYear year : years.findAll()) {
            try {
                loaded.put(year.year(), new CalendarYear(year.year(), year.source(),
                        holidays.getOrDefault(year.year(), Map.of()),
                        adjustedWorkingDays.getOrDefault(year.year(), Map.of())));
            } catch (InvalidCalendarException e) {
                throw e.in("Stored calendar year " + year.year());
            }
        }
        return loaded;
    }
}
