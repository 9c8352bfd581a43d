package com.credittown.workflows.ledger;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a ledger covers: a month ({@code 2025-09}), a quarter ({@code 2025-Q3}) or a year ({@code 2025}).
 * Dates are the city's (Asia/Shanghai); {@code start} is the first day, {@code end} the day after the last.
 */
public record LedgerPeriod(String code, LocalDate start, LocalDate end) {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};

    public LedgerPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " to " + end);
        }
    }

    /**
     * Parses {@code 2025-09}, {@code 2025-Q3} or {@code 2025}.
     *
     * @throws InvalidInputException (400) naming the field {@code period} when the text is missing or not a period
     */
    public static LedgerPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("required", "is required: a month (2025-09), a quarter (2025-Q3) or a year (2025)");
        }
        String value = text.strip();
        Matcher month = MONTH.matcher(value);
        Matcher quarter = QUARTER.matcher(value);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            if (m < 1 || m > 12) {
                throw invalid("invalid-month", "'" + value + "' has no month " + month.group(2) + " (01 to 12)");
            }
            LocalDate start = LocalDate.of(year(month.group(1), value), m, 1);
            return new LedgerPeriod(value, start, start.plusMonths(1));
        }
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            LocalDate start = LocalDate.of(year(quarter.group(1), value), 3 * (q - 1) + 1, 1);
            return new LedgerPeriod(quarter.group(1) + "-Q" + q, start, start.plusMonths(3));
        }
        if (YEAR.matcher(value).matches()) {
            LocalDate start = LocalDate.of(year(value, value), 1, 1);
            return new LedgerPeriod(value, start, start.plusYears(1));
        }
        throw invalid("invalid-period", "'" + value
                + "' is not a period: write a month (2025-09), a quarter (2025-Q3) or a year (2025)");
    }

    /** The first instant of the period in the city. */
    public Instant startInstant() {
        return start.atStartOfDay(CITY_ZONE).toInstant();
    }

    /** The first instant after the period in the city. */
    public Instant endInstant() {
        return end.atStartOfDay(CITY_ZONE).toInstant();
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /** The period's name in Chinese, e.g. 2025年第三季度. */
    public String nameZh() {
        if (YEAR.matcher(code).matches()) {
            return start.getYear() + "年";
        }
        if (code.contains("Q")) {
            return start.getYear() + "年第" + QUARTER_NAMES[(start.getMonthValue() - 1) / 3] + "季度";
        }
        return start.getYear() + "年" + start.getMonthValue() + "月";
    }

    /** The period's name in this language: English (September 2025, Q3 2025, 2025) when asked for, else Chinese. */
    public String name(java.util.Locale locale) {
        if (locale == null || !"en".equals(locale.getLanguage())) {
            return nameZh();
        }
        if (YEAR.matcher(code).matches()) {
            return Integer.toString(start.getYear());
        }
        if (code.contains("Q")) {
            return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
        }
        return start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + start.getYear();
    }

    private static int year(String digits, String value) {
        int year = Integer.parseInt(digits);
        if (year < 2000 || year > 2099) {
            throw invalid("invalid-year", "'" + value + "' is outside the years a ledger covers (2000 to 2099)");
        }
        return year;
    }

    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem("period", code, message)));
    }
}
