package com.credittown.platform.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
     * Reads calendar JSON given as text, e.g. a request body.
     *
     * @param sourceName where the JSON comes from, used in error messages
     * @throws InvalidCalendarException naming the source and the entry
     */
    public CalendarYear read(String json, String sourceName) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
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
            throw InvalidCalendarException.at(null, "not valid JSON" + at + ": " + e.getOriginalMessage(), e)
                    .in(sourceName);
        } catch (IOException e) {
            throw new InvalidCalendarException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return toCalendarYear(root);
        } catch (InvalidCalendarException e) {
            throw e.in(sourceName);
        }
    }

    private static CalendarYear toCalendarYear(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidCalendarException("expected a JSON object with " + YEAR_FIELDS);
        }
        requireKnownFields(root, YEAR_FIELDS, "the calendar", null);
        JsonNode year = root.get("year");
        if (year == null || !year.canConvertToExactIntegral() || !year.canConvertToInt()) {
            throw InvalidCalendarException.at("year",
                    "\"year\" must be a whole number such as 2025, but is " + year);
        }
        JsonNode source = root.get("source");
        if (source != null && !source.isTextual()) {
            throw InvalidCalendarException.at("source", "\"source\" must be text, but is " + source);
        }
        Map<LocalDate, String> holidays = days(root, CalendarYear.HOLIDAYS);
        Map<LocalDate, String> adjustedWorkingDays = days(root, CalendarYear.ADJUSTED_WORKING_DAYS);
        try {
            return new CalendarYear(year.intValue(), source == null ? null : source.textValue(), holidays,
                    adjustedWorkingDays);
        } catch (InvalidCalendarException e) {
            throw atPosition(e, Map.of(CalendarYear.HOLIDAYS, holidays,
                    CalendarYear.ADJUSTED_WORKING_DAYS, adjustedWorkingDays));
        }
    }

    /** Names the entry a rule broken by one day is about by its position in the input, e.g. holidays[3]. */
    private static InvalidCalendarException atPosition(InvalidCalendarException e,
                                                       Map<String, Map<LocalDate, String>> lists) {
        if (e.list().isEmpty() || e.day().isEmpty() || !lists.containsKey(e.list().get())) {
            return e;
        }
        int index = 0;
        for (LocalDate day : lists.get(e.list().get()).keySet()) {
            if (day.equals(e.day().get())) {
                return e.atIndex(index);
            }
            index++;
        }
        return e;
    }

    private static Map<LocalDate, String> days(JsonNode root, String field) {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            throw InvalidCalendarException.at(field, "\"" + field + "\" must be a list of {\"date\", \"name\"} entries"
                    + (list == null ? ", but is missing" : ", but is " + list));
        }
        Map<LocalDate, String> days = new LinkedHashMap<>();
        Map<LocalDate, Integer> indexes = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String position = field + "[" + i + "]";
            String where = position + " " + entry;
            if (!entry.isObject()) {
                throw InvalidCalendarException.at(position,
                        where + ": expected {\"date\": \"yyyy-MM-dd\", \"name\": ...}");
            }
            requireKnownFields(entry, DAY_FIELDS, where, position);
            LocalDate date = date(entry.get("date"), where, position);
            JsonNode name = entry.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                throw InvalidCalendarException.at(position, where + ": \"name\" is missing or empty");
            }
            Integer earlier = indexes.putIfAbsent(date, i);
            if (earlier != null) {
                throw InvalidCalendarException.at(position, where + ": " + date + " is already listed as " + field
                        + "[" + earlier + "]");
            }
            days.put(date, name.textValue());
        }
        return days;
    }

    private static LocalDate date(JsonNode date, String where, String position) {
        if (date == null || !date.isTextual()) {
            throw InvalidCalendarException.at(position, where + ": \"date\" must be text in the form yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(date.textValue());
        } catch (DateTimeParseException e) {
            throw InvalidCalendarException.at(position, where + ": \"" + date.textValue()
                    + "\" is not a date in the form yyyy-MM-dd", e);
        }
    }

    /** @param position the entry the fields belong to, or null for the calendar itself (then the field is named) */
    private static void requireKnownFields(JsonNode node, Set<String> known, String where, String position) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw InvalidCalendarException.at(position == null ? name : position, where + ": unknown field \""
                        + name + "\"; the fields are " + known.stream().sorted().toList());
            }
        }
    }
}
