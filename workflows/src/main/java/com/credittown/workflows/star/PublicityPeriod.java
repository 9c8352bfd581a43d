package com.credittown.workflows.star;

import com.credittown.platform.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The first day of publicity and its end: the last day, the moment it has passed (objections are refused from
 * then on), flagged when the calendar of a year the count crossed has not been entered.
 */
record PublicityPeriod(LocalDate firstDay, Deadline end) {

    LocalDate lastDay() {
        return end.date();
    }

    Instant closesAt() {
        return end.passesAt();
    }

    boolean flagged() {
        return end.flagged();
    }
}
