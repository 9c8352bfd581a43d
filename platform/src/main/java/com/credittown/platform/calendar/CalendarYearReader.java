package com.credittown.platform.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads one calendar year from its JSON file (format: {@code docs/calendar-format.md}). Strict on purpose, since
 * people edit these files: unknown or duplicate fields, a date listed twice and malformed dates are errors, and every
 * error names the file and the entry.
 */
public final class CalendarYearReader {

    private static final Set<String> YEAR_FIELDS = Set.of("year", "source", "holidays", "adjustedWorkingDays");

    private static final Set<String> DAY_FIELDS = Set.of("date", "name");

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Reads a calendar file. */
    public CalendarYear read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidCalendarException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads calendar JSON.
     *
     * @param in         the JSON, UTF-8
     * @param sourceName the file or resource name used in error messages, e.g. {@code classpath:calendar/2025.json}
     * @throws InvalidCalendarException naming the source and the entry
     */
    public CalendarYear read(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidCalendarException(sourceName + ": not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidCalendarException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return toCalendarYear(root);
        } catch (InvalidCalendarException e) {
            throw new InvalidCalendarException(sourceName + ": " + e.getMessage(), e);
        }
    }

    private static CalendarYear toCalendarYear(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidCalendarException("expected a JSON object with " + YEAR_FIELDS);
        }
        requireKnownFields(root, YEAR_FIELDS, "the calendar");
        JsonNode year = root.get("year");
        if (year == null || !year.canConvertToExactIntegral() || !year.canConvertToInt()) {
            throw new InvalidCalendarException("\"year\" must be a whole number such as 2025, but is " + year);
        }
        JsonNode source = root.get("source");
        if (source != null && !source.isTextual()) {
            throw new InvalidCalendarException("\"source\" must be text, but is " + source);
        }
        return new CalendarYear(year.intValue(), source == null ? null : source.textValue(),
                days(root, "holidays"), days(root, "adjustedWorkingDays"));
    }

    private static Map<LocalDate, String> days(JsonNode root, String field) {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            throw new InvalidCalendarException("\"" + field + "\" must be a list of {\"date\", \"name\"} entries"
                    + (list == null ? ", but is missing" : ", but is " + list));
        }
        Map<LocalDate, String> days = new LinkedHashMap<>();
        Map<LocalDate, Integer> indexes = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = field + "[" + i + "] " + entry;
            if (!entry.isObject()) {
                throw new InvalidCalendarException(where + ": expected {\"date\": \"yyyy-MM-dd\", \"name\": ...}");
            }
            requireKnownFields(entry, DAY_FIELDS, where);
            LocalDate date = date(entry.get("date"), where);
            JsonNode name = entry.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                throw new InvalidCalendarException(where + ": \"name\" is missing or empty");
            }
            Integer earlier = indexes.putIfAbsent(date, i);
            if (earlier != null) {
                throw new InvalidCalendarException(where + ": " + date + " is already listed as " + field + "["
                        + earlier + "]");
            }
            days.put(date, name.textValue());
        }
        return days;
    }

    private static LocalDate date(JsonNode date, String where) {
        if (date == null || !date.isTextual()) {
            throw new InvalidCalendarException(where + ": \"date\" must be text in the form yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(date.textValue());
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException(where + ": \"" + date.textValue()
                    + "\" is not a date in the form yyyy-MM-dd", e);
        }
    }

    private static void requireKnownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidCalendarException(where + ": unknown field \"" + name + "\"; the fields are "
                        + known.stream().sorted().toList());
            }
        }
    }
}
