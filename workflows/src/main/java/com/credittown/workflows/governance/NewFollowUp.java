package com.credittown.workflows.governance;

import java.time.LocalDate;

/** A follow-up of the rectification to record: the day, what was found, and how far the rectification has come. */
public record NewFollowUp(LocalDate followedOn, String note, Rectification rectification) {
}
