package com.credittown.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarYearReaderUnitTest {

    private static final String FILE = "calendar/2024.json";

    private final CalendarYearReader reader = new CalendarYearReader();

    @Test
    void readsAYear() {
        CalendarYear year = read("""
                {
                  "year": 2024,
                  "source": "国办发明电〔2023〕7号",
                  "holidays": [ { "date": "2024-02-10", "name": "春节" } ],
                  "adjustedWorkingDays": [ { "date": "2024-02-04", "name": "春节调休上班" } ]
                }
                """);

        assertThat(year.year()).isEqualTo(2024);
        assertThat(year.source()).isEqualTo("国办发明电〔2023〕7号");
        assertThat(year.holidays()).containsEntry(LocalDate.of(2024, 2, 10), "春节").hasSize(1);
        assertThat(year.adjustedWorkingDays()).containsEntry(LocalDate.of(2024, 2, 4), "春节调休上班").hasSize(1);
    }

    @Test
    void aMalformedDateNamesTheFileAndTheEntry() {
        assertThatThrownBy(() -> read(year("""
                { "date": "2024-02-10", "name": "春节" }, { "date": "2024-02-30", "name": "春节" }""", "")))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage(FILE + ": holidays[1] {\"date\":\"2024-02-30\",\"name\":\"春节\"}:"
                        + " \"2024-02-30\" is not a date in the form yyyy-MM-dd");
    }

    @Test
    void aDateListedTwiceIsAnError() {
        assertThatThrownBy(() -> read(year("", """
                { "date": "2024-02-04", "name": "春节调休上班" }, { "date": "2024-02-04", "name": "春节调休上班" }""")))
                .hasMessageStartingWith(FILE + ": adjustedWorkingDays[1] ")
                .hasMessageEndingWith("2024-02-04 is already listed as adjustedWorkingDays[0]");
    }

    @Test
    void aRuleBrokenByAnEntryNamesTheFileAndTheEntry() {
        assertThatThrownBy(() -> read(year("", """
                { "date": "2024-02-05", "name": "春节调休上班" }""")))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage(FILE + ": Adjusted working day 2024-02-05 (春节调休上班) is a Monday;"
                        + " only a Saturday or Sunday can become a working day");
    }

    @Test
    void everyProblemNamesTheEntryItConcernsForTheApi() {
        assertThat(problem(year("", """
                { "date": "2024-02-04", "name": "调休" }, { "date": "2024-02-05", "name": "春节调休上班" }""")))
                .satisfies(e -> assertThat(e.entry()).contains("adjustedWorkingDays[1]"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Adjusted working day 2024-02-05 (春节调休上班) is a"
                        + " Monday; only a Saturday or Sunday can become a working day"));
        assertThat(problem(year("{ \"date\": \"2024-02-04\", \"name\": \"春节\" }",
                "{ \"date\": \"2024-02-18\", \"name\": \"调休\" }, { \"date\": \"2024-02-04\", \"name\": \"调休\" }"))
                .entry()).contains("adjustedWorkingDays[1]");
        assertThat(problem(year("{ \"date\": \"2024-01-01\", \"name\": \"元旦\" }, { \"date\": \"2025-01-01\","
                + " \"name\": \"元旦\" }", "")).entry()).contains("holidays[1]");
        assertThat(problem(year("{ \"date\": \"2024-02-30\", \"name\": \"春节\" }", "")).entry())
                .contains("holidays[0]");
        assertThat(problem("{ \"year\": 2024, \"source\": \" \", \"holidays\": [], \"adjustedWorkingDays\": [] }")
                .entry()).contains("source");
        assertThat(problem("{ \"year\": \"x\" }").entry()).contains("year");
        assertThat(problem("{ \"year\": 2024, \"source\": \"s\", \"holidays\": [] }").entry())
                .contains("adjustedWorkingDays");
        assertThat(problem("{ \"year\": 2024, \"nmae\": 1 }").entry()).contains("nmae");
        assertThat(problem("{ \"year\": 2024,").entry()).isEmpty();
        assertThat(problem("{ \"year\": 2024,").reason()).startsWith("not valid JSON");
    }

    @Test
    void readsText() {
        assertThat(reader.read(year("", ""), "request").year()).isEqualTo(2024);
    }

    @Test
    void unknownFieldsAreErrorsSoThatTyposAreNotIgnored() {
        assertThatThrownBy(() -> read("""
                { "year": 2024, "source": "s", "holiday": [], "holidays": [], "adjustedWorkingDays": [] }"""))
                .hasMessage(FILE + ": the calendar: unknown field \"holiday\"; the fields are"
                        + " [adjustedWorkingDays, holidays, source, year]");
        assertThatThrownBy(() -> read(year("{ \"date\": \"2024-01-01\", \"nmae\": \"元旦\" }", "")))
                .hasMessageContaining("holidays[0] {\"date\":\"2024-01-01\",\"nmae\":\"元旦\"}: unknown field \"nmae\"");
    }

    @Test
    void missingPartsAreNamed() {
        assertThatThrownBy(() -> read("{ \"year\": 2024, \"source\": \"s\", \"holidays\": [] }"))
                .hasMessage(FILE + ": \"adjustedWorkingDays\" must be a list of {\"date\", \"name\"} entries,"
                        + " but is missing");
        assertThatThrownBy(() -> read("{ \"year\": \"2024\", \"source\": \"s\", \"holidays\": [],"
                + " \"adjustedWorkingDays\": [] }"))
                .hasMessage(FILE + ": \"year\" must be a whole number such as 2025, but is \"2024\"");
        assertThatThrownBy(() -> read("{ \"year\": 2024, \"holidays\": [], \"adjustedWorkingDays\": [] }"))
                .hasMessage(FILE + ": Calendar 2024 names no source (the notice it follows)");
        assertThatThrownBy(() -> read(year("{ \"date\": \"2024-01-01\" }", "")))
                .hasMessageEndingWith("holidays[0] {\"date\":\"2024-01-01\"}: \"name\" is missing or empty");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> read("{\n  \"year\": 2024,\n  \"source\": \"s\"\n  \"holidays\": []\n}"))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageStartingWith(FILE + ": not valid JSON (line 4, column ");
        assertThatThrownBy(() -> read("{ \"year\": 2024, \"year\": 2025 }"))
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("Duplicate field 'year'");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2024.json");
        Files.writeString(file, year("{ \"date\": \"2024-01-01\", \"name\": \"元旦\" }", ""));

        assertThat(reader.read(file).holidays()).containsKey(LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> reader.read(dir.resolve("2099.json")))
                .hasMessageStartingWith(dir.resolve("2099.json") + ": cannot be read");
    }

    @Test
    void aClasspathFileMustBeNamedAfterItsYear(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("calendar"));
        Files.writeString(root.resolve("calendar/2025.json"), year("", ""));

        assertThatThrownBy(() -> InMemoryCalendarYears.fromClasspath(classLoaderOver(root)))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageEndingWith("calendar/2025.json: holds year 2024, but is named after 2025");
    }

    @Test
    void aClasspathFileWithABadEntryStopsLoading(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("calendar"));
        Files.writeString(root.resolve("calendar/2024.json"), year("", "{ \"date\": \"2024-13-01\", \"name\": \"x\" }"));

        assertThatThrownBy(() -> InMemoryCalendarYears.fromClasspath(classLoaderOver(root)))
                .hasMessageContaining("calendar/2024.json: adjustedWorkingDays[0]")
                .hasMessageContaining("\"2024-13-01\" is not a date");
    }

    @Test
    void aYearCannotBeGivenTwice() {
        CalendarYear year = read(year("", ""));

        assertThatThrownBy(() -> InMemoryCalendarYears.of(year, year))
                .hasMessage("Calendar year 2024 is given twice");
    }

    private InvalidCalendarException problem(String json) {
        try {
            read(json);
        } catch (InvalidCalendarException e) {
            assertThat(e.getMessage()).startsWith(FILE + ": ").endsWith(e.reason());
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private CalendarYear read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String year(String holidays, String adjustedWorkingDays) {
        return "{ \"year\": 2024, \"source\": \"国办发明电〔2023〕7号\", \"holidays\": [" + holidays
                + "], \"adjustedWorkingDays\": [" + adjustedWorkingDays + "] }";
    }

    private static ClassLoader classLoaderOver(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
