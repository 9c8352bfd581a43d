package com.credittown.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Calendar years held in memory, typically the files shipped under {@code calendar/} on the classpath
 * ({@link #fromClasspath()}). Immutable and thread-safe.
 */
public final class InMemoryCalendarYears implements CalendarYears {

    /** Where {@link #fromClasspath()} looks: one file per year, named after it, e.g. {@code calendar/2025.json}. */
    public static final String CLASSPATH_PATTERN = "classpath*:calendar/*.json";

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");

    private final Map<Integer, CalendarYear> years;

    /**
     * @throws InvalidCalendarException if two entries are for the same year
     */
    public InMemoryCalendarYears(Collection<CalendarYear> years) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new InvalidCalendarException("Calendar year " + year.year() + " is given twice");
            }
        }
        this.years = Collections.unmodifiableMap(byYear);
    }

    public static InMemoryCalendarYears of(CalendarYear... years) {
        return new InMemoryCalendarYears(List.of(years));
    }

    /**
     * Loads every {@code calendar/<year>.json} on the classpath of this class's class loader, failing fast on the
     * first bad file.
     *
     * @throws InvalidCalendarException naming the file, if a file is malformed, breaks a rule, is not named after
     *                                  the year it holds, or a year is given twice
     */
    public static InMemoryCalendarYears fromClasspath() {
        return fromClasspath(InMemoryCalendarYears.class.getClassLoader());
    }

    /** Like {@link #fromClasspath()}, with the given class loader. */
    public static InMemoryCalendarYears fromClasspath(ClassLoader classLoader) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(classLoader).getResources(CLASSPATH_PATTERN);
        } catch (IOException e) {
            throw new InvalidCalendarException("Cannot list " + CLASSPATH_PATTERN + ": " + e.getMessage(), e);
        }
        CalendarYearReader reader = new CalendarYearReader();
        TreeMap<Integer, CalendarYear> years = new TreeMap<>();
        TreeMap<Integer, String> sources = new TreeMap<>();
        for (Resource resource : resources) {
            String name = describe(resource);
            CalendarYear year = read(reader, resource, name);
            String earlier = sources.putIfAbsent(year.year(), name);
            if (earlier != null) {
                throw new InvalidCalendarException("Calendar year " + year.year() + " is given twice: in " + earlier
                        + " and in " + name);
            }
            years.put(year.year(), year);
        }
        return new InMemoryCalendarYears(years.values());
    }

    @Override
    public Optional<CalendarYear> find(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The years entered, in order. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    private static CalendarYear read(CalendarYearReader reader, Resource resource, String name) {
        Matcher fileName = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
        if (!fileName.matches()) {
            throw new InvalidCalendarException(name + ": a calendar file is named after its year, e.g. 2025.json");
        }
        CalendarYear year;
        try (InputStream in = resource.getInputStream()) {
            year = reader.read(in, name);
        } catch (IOException e) {
            throw new InvalidCalendarException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (year.year() != Integer.parseInt(fileName.group(1))) {
            throw new InvalidCalendarException(name + ": holds year " + year.year() + ", but is named after "
                    + fileName.group(1));
        }
        return year;
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
